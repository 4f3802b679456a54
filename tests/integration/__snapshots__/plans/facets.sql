-- facets: 5 statements

SELECT ($1::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $2::bpchar AND other_code = $3::bpchar), 0))::int AS count;

SELECT code, label_de AS "labelDe", label_en AS "labelEn", parent_code AS "parentCode"
  FROM topic
  WHERE code = ANY($1::text[]);

SELECT code, name_de AS "nameDe", name_en AS "nameEn", aliases
  FROM country
  WHERE code = ANY($1::bpchar[]);

SELECT id, name, slug
  FROM author
  WHERE id = ANY($1::uuid[]);

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
