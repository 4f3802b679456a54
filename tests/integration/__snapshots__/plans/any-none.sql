-- any-none: 4 statements

SELECT ($1::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $2::bpchar AND other_code = $3::bpchar), 0) + $4::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $5::bpchar AND other_code = $6::bpchar), 0) + $7::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $8::bpchar AND other_code = $9::bpchar), 0) + $10::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $11::bpchar AND other_code = $12::bpchar), 0) + $13::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $14::bpchar AND other_code = $15::bpchar), 0) + $16::int * (SELECT count(*)
  FROM article_entity_set
  WHERE countries @> $17::text[]))::int AS count;

SELECT a.id AS "id", a.slug AS "slug", a.headline AS "headline", a.published_at AS "publishedAt"
  FROM article a
  WHERE a.id = ANY($1::uuid[]);

SELECT id, key, NULL::float8 AS score, NULL AS highlight
  FROM ( SELECT s.article_id AS id, s.published_at AS key
  FROM article_entity_set s
  WHERE s.countries && $1::text[] AND NOT (s.countries && $2::text[])
  ORDER BY s.published_at DESC, s.article_id DESC
  LIMIT $3) p;

SELECT v AS value, coalesce( (SELECT c.code
  FROM country c
  WHERE c.code = upper(trim(v))::bpchar), (SELECT c.code
  FROM country c
  WHERE lower(trim(v)) IN (lower(c.name_de), lower(c.name_en)) OR lower(trim(v)) IN (SELECT lower(a)
  FROM unnest(c.aliases) AS a)
  ORDER BY c.code
  LIMIT 1)) AS code
  FROM unnest($1::text[]) AS v;
