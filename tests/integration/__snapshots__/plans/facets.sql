-- facets: 8 statements

SELECT "t0"."code", "t0"."label_de" AS "labelDe", "t0"."label_en" AS "labelEn", "t0"."parent_code" AS "parentCode"
  FROM "public"."topic" AS "t0"
  WHERE "t0"."code" IN ($1, …);

SELECT "t0"."code", "t0"."name_de" AS "nameDe", "t0"."name_en" AS "nameEn", "t0"."aliases"
  FROM "public"."country" AS "t0"
  WHERE "t0"."code" IN ($1, …);

SELECT "t0"."id", "t0"."name", "t0"."slug"
  FROM "public"."author" AS "t0"
  WHERE "t0"."id" IN ($1, …);

SELECT ($1::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $2::bpchar AND other_code = $3::bpchar), 0))::int AS count;

SELECT e::text AS "authorId", count(*)::int AS count
  FROM article_entity_set s, unnest(s.authors) AS e
  WHERE s.countries @> $1::text[]
  GROUP BY e
  ORDER BY 2 DESC, 1
  LIMIT $2;

SELECT e::text AS "code", count(*)::int AS count
  FROM article_entity_set s, unnest(s.countries) AS e
  WHERE s.countries @> $1::text[]
  GROUP BY e
  ORDER BY 2 DESC, 1
  LIMIT $2;

SELECT e::text AS "code", count(*)::int AS count
  FROM article_entity_set s, unnest(s.topics) AS e
  WHERE s.countries @> $1::text[]
  GROUP BY e
  ORDER BY 2 DESC, 1
  LIMIT $2;

SELECT v AS value, coalesce( (SELECT c.code
  FROM country c
  WHERE c.code = upper(trim(v))::bpchar), (SELECT c.code
  FROM country c
  WHERE lower(trim(v)) IN (lower(c.name_de), lower(c.name_en)) OR lower(trim(v)) IN (SELECT lower(a)
  FROM unnest(c.aliases) AS a)
  ORDER BY c.code
  LIMIT 1)) AS code
  FROM unnest($1::text[]) AS v;
