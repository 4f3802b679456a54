-- Entity sets and co-mention counters: what the read path intersects and counts at archive scale.
-- Both are derived from the normalized tables (mention, article_topic, article_author, article),
-- kept in step by the triggers below in the writer's own transaction, whoever writes (the ingest
-- writer, a correction, a DELETE from any SQL client), and rebuilt from scratch by
-- newsroom_rebuild_entity_sets() (`npm run cli -- rebuild-sets`).

-- One narrow row per article: its countries (most mentioned first), topics (most relevant first)
-- and authors (byline order). GIN indexes answer all-of (@>), any-of (&&) and none-of (NOT &&);
-- the (published_at, article_id) index walks a page newest first.
CREATE TABLE "article_entity_set" (
    "article_id" UUID NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "countries" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "topics" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "authors" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[],

    CONSTRAINT "article_entity_set_pkey" PRIMARY KEY ("article_id")
);
CREATE INDEX "article_entity_set_published_at_article_id_idx" ON "article_entity_set"("published_at" DESC, "article_id" DESC);
CREATE INDEX "article_entity_set_countries_idx" ON "article_entity_set" USING GIN ("countries");
CREATE INDEX "article_entity_set_topics_idx" ON "article_entity_set" USING GIN ("topics");
CREATE INDEX "article_entity_set_authors_idx" ON "article_entity_set" USING GIN ("authors");

-- Articles that mention both countries; the diagonal (JP, JP) is the number of articles that mention JP.
-- Stored in both directions, so the co-mentions of a country are one index range.
CREATE TABLE "country_pair_count" (
    "country_code" CHAR(2) NOT NULL,
    "other_code" CHAR(2) NOT NULL,
    "article_count" INTEGER NOT NULL,

    CONSTRAINT "country_pair_count_pkey" PRIMARY KEY ("country_code","other_code")
);

-- The mention index for "articles of a country, newest first" walks (published_at, article_id) in
-- page order, so a keyset cursor is one index range.
DROP INDEX "mention_country_code_published_at_idx";
CREATE INDEX "mention_country_code_published_at_article_id_idx" ON "mention"("country_code", "published_at" DESC, "article_id" DESC);

-- Recomputes the entity sets of the given articles from the normalized tables and adds the
-- difference of their country pairs to country_pair_count. Rows of articles that no longer exist
-- are removed and their pairs subtracted. A pair whose count drops to 0 stays, with 0.
-- The articles' set rows are locked first, in a statement of their own: a writer that waited for
-- another writer of the same article then computes from what that one committed (a fresh snapshot
-- per statement), so two concurrent changes to one article are both counted.
CREATE FUNCTION newsroom_refresh_entity_sets(ids UUID[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM "article_entity_set" s WHERE s.article_id = ANY(ids) ORDER BY s.article_id FOR UPDATE;
    WITH old AS (
        SELECT s.article_id, s.countries FROM "article_entity_set" s
        WHERE s.article_id = ANY(ids) ORDER BY s.article_id FOR UPDATE
    ), fresh AS (
        SELECT a.id AS article_id, a.published_at,
            coalesce((SELECT array_agg(m.country_code::TEXT ORDER BY m.count DESC, m.country_code) FROM "mention" m WHERE m.article_id = a.id), ARRAY[]::TEXT[]) AS countries,
            coalesce((SELECT array_agg(t.topic_code ORDER BY t.relevance DESC, t.topic_code) FROM "article_topic" t WHERE t.article_id = a.id), ARRAY[]::TEXT[]) AS topics,
            coalesce((SELECT array_agg(x.author_id ORDER BY x.position) FROM "article_author" x WHERE x.article_id = a.id), ARRAY[]::UUID[]) AS authors
        FROM "article" a WHERE a.id = ANY(ids)
    ), removed AS (
        DELETE FROM "article_entity_set" s
        WHERE s.article_id IN (SELECT article_id FROM old) AND s.article_id NOT IN (SELECT article_id FROM fresh)
    ), stored AS (
        INSERT INTO "article_entity_set" AS s (article_id, published_at, countries, topics, authors)
        SELECT article_id, published_at, countries, topics, authors FROM fresh
        ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at, countries = EXCLUDED.countries,
            topics = EXCLUDED.topics, authors = EXCLUDED.authors
    )
    INSERT INTO "country_pair_count" AS p (country_code, other_code, article_count)
    SELECT a, b, sum(d)::INTEGER FROM (
        SELECT x.a, y.b, -1 AS d FROM old o, unnest(o.countries) x(a), unnest(o.countries) y(b)
        UNION ALL
        SELECT x.a, y.b, 1 FROM fresh f, unnest(f.countries) x(a), unnest(f.countries) y(b)
    ) delta
    GROUP BY a, b HAVING sum(d) <> 0
    ORDER BY a, b
    ON CONFLICT (country_code, other_code) DO UPDATE SET article_count = p.article_count + EXCLUDED.article_count;
END $$;

-- Statement-level triggers: one refresh per statement for all the articles it touched. The ingest
-- writer, which touches four tables per batch, sets newsroom.defer_entity_sets for its transaction
-- and refreshes the batch's articles once at its end instead.
CREATE FUNCTION newsroom_entity_sets_after_insert() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsroom.defer_entity_sets', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'article' THEN
        PERFORM newsroom_refresh_entity_sets(ARRAY(SELECT DISTINCT id FROM new_rows));
    ELSE
        PERFORM newsroom_refresh_entity_sets(ARRAY(SELECT DISTINCT article_id FROM new_rows));
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION newsroom_entity_sets_after_delete() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsroom.defer_entity_sets', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'article' THEN
        PERFORM newsroom_refresh_entity_sets(ARRAY(SELECT DISTINCT id FROM old_rows));
    ELSE
        PERFORM newsroom_refresh_entity_sets(ARRAY(SELECT DISTINCT article_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION newsroom_entity_sets_after_update() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('newsroom.defer_entity_sets', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'article' THEN
        PERFORM newsroom_refresh_entity_sets(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.published_at IS DISTINCT FROM o.published_at));
    ELSE
        PERFORM newsroom_refresh_entity_sets(ARRAY(SELECT article_id FROM new_rows UNION SELECT article_id FROM old_rows));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "article_entity_sets_insert" AFTER INSERT ON "article" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "article_entity_sets_update" AFTER UPDATE ON "article" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "article_entity_sets_delete" AFTER DELETE ON "article" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "mention_entity_sets_insert" AFTER INSERT ON "mention" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "mention_entity_sets_update" AFTER UPDATE ON "mention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "mention_entity_sets_delete" AFTER DELETE ON "mention" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "article_topic_entity_sets_insert" AFTER INSERT ON "article_topic" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "article_topic_entity_sets_update" AFTER UPDATE ON "article_topic" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "article_topic_entity_sets_delete" AFTER DELETE ON "article_topic" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "article_author_entity_sets_insert" AFTER INSERT ON "article_author" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "article_author_entity_sets_update" AFTER UPDATE ON "article_author" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "article_author_entity_sets_delete" AFTER DELETE ON "article_author" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();

-- TRUNCATE fires no row or statement triggers of the kinds above: rebuild after it.
CREATE FUNCTION newsroom_entity_sets_after_truncate() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsroom_rebuild_entity_sets();
    RETURN NULL;
END $$;

-- Rebuilds both derived tables from the normalized ones, set-based (after a bulk load with the
-- triggers off, or to repair them). Takes a lock that keeps writers out meanwhile.
CREATE FUNCTION newsroom_rebuild_entity_sets() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE "article", "mention", "article_topic", "article_author" IN SHARE MODE;
    TRUNCATE "article_entity_set", "country_pair_count";
    INSERT INTO "article_entity_set" (article_id, published_at, countries, topics, authors)
    SELECT a.id, a.published_at, coalesce(m.codes, ARRAY[]::TEXT[]), coalesce(t.codes, ARRAY[]::TEXT[]), coalesce(w.ids, ARRAY[]::UUID[])
    FROM "article" a
    LEFT JOIN (SELECT article_id, array_agg(country_code::TEXT ORDER BY count DESC, country_code) AS codes FROM "mention" GROUP BY 1) m ON m.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(topic_code ORDER BY relevance DESC, topic_code) AS codes FROM "article_topic" GROUP BY 1) t ON t.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(author_id ORDER BY position) AS ids FROM "article_author" GROUP BY 1) w ON w.article_id = a.id
    ORDER BY a.published_at, a.id;
    INSERT INTO "country_pair_count" (country_code, other_code, article_count)
    SELECT x.a, y.b, count(*)::INTEGER FROM "article_entity_set" s, unnest(s.countries) x(a), unnest(s.countries) y(b) GROUP BY 1, 2;
END $$;

CREATE TRIGGER "article_entity_sets_truncate" AFTER TRUNCATE ON "article"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
CREATE TRIGGER "mention_entity_sets_truncate" AFTER TRUNCATE ON "mention"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
CREATE TRIGGER "article_topic_entity_sets_truncate" AFTER TRUNCATE ON "article_topic"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
CREATE TRIGGER "article_author_entity_sets_truncate" AFTER TRUNCATE ON "article_author"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
