-- facets: 5 statements

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

WITH matching AS MATERIALIZED (SELECT s.countries, s.topics, s.authors
  FROM article_entity_set s
  WHERE s.countries @> $1::text[]) ( SELECT $2 AS facet, e::text AS key, count(*)::int AS count
  FROM matching, unnest(countries) AS e
  GROUP BY e
  ORDER BY 3 DESC, 2
  LIMIT $3)
  UNION ALL ( SELECT $4 AS facet, e::text AS key, count(*)::int AS count
  FROM matching, unnest(topics) AS e
  GROUP BY e
  ORDER BY 3 DESC, 2
  LIMIT $5)
  UNION ALL ( SELECT $6 AS facet, e::text AS key, count(*)::int AS count
  FROM matching, unnest(authors) AS e
  GROUP BY e
  ORDER BY 3 DESC, 2
  LIMIT $7);
