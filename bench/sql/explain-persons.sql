-- EXPLAIN (ANALYZE, BUFFERS) of the person filter as the API sends it (article.data.ts: the page of ids and
-- the count over article_entity_set), as prepared statements: custom plans, generic plans, and auto after
-- repeated executions. Usage: psql -h 127.0.0.1 -U postgres -d pb_1m_persons -X -f bench/sql/explain-persons.sql
-- on a corpus from npm run bench:corpus (person ids are md5('person.' || rank)).
\set ON_ERROR_STOP 1
SET jit = off; SET max_parallel_workers_per_gather = 0;
SELECT id AS scholz FROM person WHERE key = 'olaf scholz' \gset
SELECT id AS macron FROM person WHERE key = 'emmanuel macron' \gset
SELECT id AS merz FROM person WHERE key = 'friedrich merz' \gset
SELECT md5('person.3000')::uuid AS rare, (SELECT count(*) FROM person_mention WHERE person_id = md5('person.3000')::uuid) AS rare_mentions \gset
\echo rare person :rare with :rare_mentions mentions
-- the statements the project sends (article.data.ts articlePage / countArticles), as prepared statements
PREPARE page(uuid[], int) AS SELECT id, key, NULL::float8 AS score, NULL AS highlight FROM (
  SELECT s.article_id AS id, s.published_at AS key FROM article_entity_set s WHERE s.persons @> $1::uuid[]
  ORDER BY s.published_at DESC, s.article_id DESC LIMIT $2) p;
PREPARE cnt(uuid[]) AS SELECT count(*)::int AS count FROM article_entity_set s WHERE s.persons @> $1::uuid[];
PREPARE anypage(uuid[], uuid[], int) AS SELECT id, key, NULL::float8 AS score, NULL AS highlight FROM (
  SELECT s.article_id AS id, s.published_at AS key FROM article_entity_set s WHERE s.persons && $1::uuid[] AND NOT (s.persons && $2::uuid[])
  ORDER BY s.published_at DESC, s.article_id DESC LIMIT $3) p;
PREPARE anycnt(uuid[], uuid[]) AS SELECT count(*)::int AS count FROM article_entity_set s WHERE s.persons && $1::uuid[] AND NOT (s.persons && $2::uuid[]);
\echo ==== custom plans
SET plan_cache_mode = force_custom_plan;
\echo == page all-of [Scholz, Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21);
\echo == count all-of [Scholz, Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE cnt(ARRAY[:'scholz', :'macron']::uuid[]);
\echo == page rare person
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'rare']::uuid[], 21);
\echo == page any [Scholz, Merz] none [Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE anypage(ARRAY[:'scholz', :'merz']::uuid[], ARRAY[:'macron']::uuid[], 21);
\echo == count any [Scholz, Merz] none [Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE anycnt(ARRAY[:'scholz', :'merz']::uuid[], ARRAY[:'macron']::uuid[]);
\echo ==== generic plans (what a prepared statement may switch to after 5 executions)
SET plan_cache_mode = force_generic_plan;
\echo == page all-of [Scholz, Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21);
\echo == count all-of [Scholz, Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE cnt(ARRAY[:'scholz', :'macron']::uuid[]);
\echo == page rare person
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'rare']::uuid[], 21);
\echo == page any [Scholz, Merz] none [Macron]
EXPLAIN (ANALYZE, BUFFERS) EXECUTE anypage(ARRAY[:'scholz', :'merz']::uuid[], ARRAY[:'macron']::uuid[], 21);
\echo ==== auto (default): 7 executions each, the last explained
SET plan_cache_mode = auto;
DEALLOCATE page;
PREPARE page(uuid[], int) AS SELECT id, key, NULL::float8 AS score, NULL AS highlight FROM (
  SELECT s.article_id AS id, s.published_at AS key FROM article_entity_set s WHERE s.persons @> $1::uuid[]
  ORDER BY s.published_at DESC, s.article_id DESC LIMIT $2) p;
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21) \g /dev/null
\echo == page all-of [Scholz, Macron], 7th execution
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'scholz', :'macron']::uuid[], 21);
\echo == then the rare person on the same prepared statement
EXPLAIN (ANALYZE, BUFFERS) EXECUTE page(ARRAY[:'rare']::uuid[], 21);
