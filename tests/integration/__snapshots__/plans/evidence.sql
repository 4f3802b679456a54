-- evidence: 5 statements

SELECT a.id AS "id", a.slug AS "slug"
  FROM article a
  WHERE a.id = ANY($1::uuid[]);

SELECT a.id AS "id", a.slug AS "slug", (SELECT coalesce(json_agg(json_build_object('id', m.id, 'count', m.count, 'country', json_build_object( 'code', c.code, 'nameDe', c.name_de, 'nameEn', c.name_en, 'aliases', c.aliases))
  ORDER BY m.count DESC, m.country_code), '[]')
  FROM mention m
  JOIN country c ON c.code = m.country_code
  WHERE m.article_id = a.id) AS "mentions"
  FROM article a
  WHERE a.id = ANY($1::uuid[]);

SELECT id, key, NULL::float8 AS score, NULL AS highlight
  FROM ( SELECT s.article_id AS id, s.published_at AS key
  FROM article_entity_set s
  WHERE s.countries @> $1::text[]
  ORDER BY s.published_at DESC, s.article_id DESC
  LIMIT $2) p;

SELECT id, mention_id AS "mentionId", field, start, "end", text, sentence, kind
  FROM mention_occurrence
  WHERE mention_id = ANY($1::uuid[])
  ORDER BY field, start;

WITH src AS ( SELECT article_id AS source, country_code, published_at
  FROM mention
  WHERE article_id = ANY($1::uuid[]) ), idf AS ( SELECT p.country_code, 1.0 / ln(2 + p.article_count) AS weight
  FROM country_pair_count p
  WHERE p.country_code = p.other_code AND p.country_code IN (SELECT country_code
  FROM src) ), candidates AS ( SELECT s.source, c.article_id AS target, c.published_at, idf.weight
  FROM src s
  JOIN idf USING (country_code)
  CROSS JOIN LATERAL ( (SELECT m.article_id, m.published_at
  FROM mention m
  WHERE m.country_code = s.country_code AND m.published_at <= s.published_at AND m.article_id <> s.source
  ORDER BY m.published_at DESC
  LIMIT $2)
  UNION ALL (SELECT m.article_id, m.published_at
  FROM mention m
  WHERE m.country_code = s.country_code AND m.published_at > s.published_at
  ORDER BY m.published_at ASC
  LIMIT $3) ) c ), scored AS ( SELECT source, target, max(published_at) AS published_at, sum(weight) + coalesce( (SELECT sum(least(t1.relevance, t2.relevance))
  FROM article_topic t1
  JOIN article_topic t2 ON t2.topic_code = t1.topic_code
  WHERE t1.article_id = source AND t2.article_id = target), 0) AS score
  FROM candidates
  GROUP BY source, target ), ranked AS ( SELECT source, target, row_number() OVER (PARTITION BY source
  ORDER BY score DESC, published_at DESC, target) AS rank
  FROM scored ) SELECT source::text, target::text
  FROM ranked
  WHERE rank <= $4
  ORDER BY source, rank;
