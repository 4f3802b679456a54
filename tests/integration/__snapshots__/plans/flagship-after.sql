-- flagship-after: 3 statements

SELECT ($1::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $2::bpchar AND other_code = $3::bpchar), 0))::int AS count;

SELECT a.id AS "id", a.slug AS "slug", a.headline AS "headline", a.published_at AS "publishedAt", (SELECT coalesce(json_agg(json_build_object('author', json_build_object('id', w.id, 'name', w.name, 'slug', w.slug))
  ORDER BY x.position), '[]')
  FROM article_author x
  JOIN author w ON w.id = x.author_id
  WHERE x.article_id = a.id) AS "authors", (SELECT coalesce(json_agg(json_build_object('id', m.id, 'count', m.count, 'country', json_build_object( 'code', c.code, 'nameDe', c.name_de, 'nameEn', c.name_en, 'aliases', c.aliases))
  ORDER BY m.count DESC, m.country_code), '[]')
  FROM mention m
  JOIN country c ON c.code = m.country_code
  WHERE m.article_id = a.id) AS "mentions", (SELECT coalesce(json_agg(json_build_object('relevance', t.relevance, 'triggers', t.triggers, 'topic', json_build_object( 'code', o.code, 'labelDe', o.label_de, 'labelEn', o.label_en, 'parentCode', o.parent_code))
  ORDER BY t.relevance DESC, t.topic_code), '[]')
  FROM article_topic t
  JOIN topic o ON o.code = t.topic_code
  WHERE t.article_id = a.id) AS "topics"
  FROM article a
  WHERE a.id = ANY($1::uuid[]);

SELECT id, key, NULL::float8 AS score, NULL AS highlight
  FROM ( SELECT s.article_id AS id, s.published_at AS key
  FROM article_entity_set s
  WHERE s.countries @> $1::text[] AND (s.published_at, s.article_id) < ($2::timestamptz, $3::uuid)
  ORDER BY s.published_at DESC, s.article_id DESC
  LIMIT $4) p;
