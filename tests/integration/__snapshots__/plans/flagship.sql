-- flagship: 4 statements

SELECT "t0"."id", "t0"."slug", "t0"."headline", "t0"."published_at" AS "publishedAt", "Article_authors"."__prisma_data__" AS "authors", "Article_mentions"."__prisma_data__" AS "mentions", "Article_topics"."__prisma_data__" AS "topics"
  FROM "public"."article" AS "t0"
  LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
  FROM (SELECT "t3"."__prisma_data__"
  FROM (SELECT JSONB_BUILD_OBJECT('authorId', "t2"."author_id", 'author', "ArticleAuthor_author"."__prisma_data__") AS "__prisma_data__", "t2"."position", "t2"."author_id"
  FROM (SELECT "t1".*
  FROM "public"."article_author" AS "t1"
  WHERE "t0"."id" = "t1"."article_id" /* root select */) AS "t2"
  LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('id', "t5"."id", 'name', "t5"."name", 'slug', "t5"."slug") AS "__prisma_data__"
  FROM "public"."author" AS "t5"
  WHERE "t2"."author_id" = "t5"."id"
  LIMIT $1) AS "ArticleAuthor_author" ON true /* inner select */) AS "t3"
  ORDER BY "t3"."position" ASC /* middle select */) AS "t4" /* outer select */) AS "Article_authors" ON true
  LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
  FROM (SELECT "t8"."__prisma_data__"
  FROM (SELECT JSONB_BUILD_OBJECT('id', "t7"."id", 'count', "t7"."count", 'countryCode', "t7"."country_code", 'country', "Mention_country"."__prisma_data__") AS "__prisma_data__", "t7"."count", "t7"."country_code"
  FROM (SELECT "t6".*
  FROM "public"."mention" AS "t6"
  WHERE "t0"."id" = "t6"."article_id" /* root select */) AS "t7"
  LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('code', "t10"."code", 'nameDe', "t10"."name_de", 'nameEn', "t10"."name_en", 'aliases', "t10"."aliases") AS "__prisma_data__"
  FROM "public"."country" AS "t10"
  WHERE "t7"."country_code" = "t10"."code"
  LIMIT $2) AS "Mention_country" ON true /* inner select */) AS "t8"
  ORDER BY "t8"."count" DESC, "t8"."country_code" ASC /* middle select */) AS "t9" /* outer select */) AS "Article_mentions" ON true
  LEFT JOIN LATERAL (SELECT COALESCE(JSONB_AGG("__prisma_data__"), '[]') AS "__prisma_data__"
  FROM (SELECT "t13"."__prisma_data__"
  FROM (SELECT JSONB_BUILD_OBJECT('relevance', "t12"."relevance", 'triggers', "t12"."triggers", 'topicCode', "t12"."topic_code", 'topic', "ArticleTopic_topic"."__prisma_data__") AS "__prisma_data__", "t12"."relevance", "t12"."topic_code"
  FROM (SELECT "t11".*
  FROM "public"."article_topic" AS "t11"
  WHERE "t0"."id" = "t11"."article_id" /* root select */) AS "t12"
  LEFT JOIN LATERAL (SELECT JSONB_BUILD_OBJECT('code', "t15"."code", 'labelDe', "t15"."label_de", 'labelEn', "t15"."label_en", 'parentCode', "t15"."parent_code") AS "__prisma_data__"
  FROM "public"."topic" AS "t15"
  WHERE "t12"."topic_code" = "t15"."code"
  LIMIT $3) AS "ArticleTopic_topic" ON true /* inner select */) AS "t13"
  ORDER BY "t13"."relevance" DESC, "t13"."topic_code" ASC /* middle select */) AS "t14" /* outer select */) AS "Article_topics" ON true
  WHERE "t0"."id" IN ($4, …);

SELECT ($1::int * coalesce((SELECT article_count
  FROM country_pair_count
  WHERE country_code = $2::bpchar AND other_code = $3::bpchar), 0))::int AS count;

SELECT id, key, NULL::float8 AS score, NULL AS highlight
  FROM ( SELECT s.article_id AS id, s.published_at AS key
  FROM article_entity_set s
  WHERE s.countries @> $1::text[]
  ORDER BY s.published_at DESC, s.article_id DESC
  LIMIT $2) p;

SELECT v AS value, coalesce( (SELECT c.code
  FROM country c
  WHERE c.code = upper(trim(v))::bpchar), (SELECT c.code
  FROM country c
  WHERE lower(trim(v)) IN (lower(c.name_de), lower(c.name_en)) OR lower(trim(v)) IN (SELECT lower(a)
  FROM unnest(c.aliases) AS a)
  ORDER BY c.code
  LIMIT 1)) AS code
  FROM unnest($1::text[]) AS v;
