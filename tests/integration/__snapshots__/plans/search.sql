-- search: 3 statements

SELECT count(*)::int AS count
  FROM article a
  CROSS JOIN LATERAL (SELECT a.id AS article_id, a.published_at) s
  WHERE a.search_vector @@ websearch_to_tsquery('german', $1);

SELECT numnode(websearch_to_tsquery('german', $1)) AS nodes;

SELECT p.id, p.key, ts_rank_cd(a.search_vector, websearch_to_tsquery('german', $1))::float8 AS score, CASE WHEN p.n < $2 THEN ts_headline('german', concat_ws(E'\n', a.subheadline, a.teaser, a.body), websearch_to_tsquery('german', $3), $4) END AS highlight, a.id AS "id", a.slug AS "slug", a.headline AS "headline", a.published_at AS "publishedAt"
  FROM (SELECT ids.*, row_number() OVER (ORDER BY ids.key DESC, ids.id DESC) AS n
  FROM ( SELECT s.article_id AS id, s.published_at AS key
  FROM article a
  CROSS JOIN LATERAL (SELECT a.id AS article_id, a.published_at) s
  WHERE a.search_vector @@ websearch_to_tsquery('german', $5)
  ORDER BY s.published_at DESC, s.article_id DESC
  LIMIT $6) ids) p
  JOIN article a ON a.id = p.id
  ORDER BY p.n;
