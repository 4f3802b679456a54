-- Cache purges: every write to an article, its entity set or its audit trail announces, on the
-- channel newsroom_cache_purge, the cache tags it makes stale (space-separated, as in the responses'
-- Surrogate-Key; src/modules/entity/cache-tags.ts names them the same way). PostgreSQL delivers them
-- when the transaction commits, to every listening API process, whoever wrote (API, CLI, plain SQL);
-- src/http/purge.ts sends them on to Varnish or a CDN.

-- Tags, deduplicated, in notifications of at most 7,000 bytes (a payload must stay under 8,000).
CREATE FUNCTION newsroom_notify_cache_purge(tags TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    chunk TEXT;
BEGIN
    FOR chunk IN
        SELECT string_agg(t, ' ' ORDER BY t) FROM (
            SELECT t, sum(octet_length(t) + 1) OVER (ORDER BY t) / 7000 AS n
            FROM (SELECT DISTINCT regexp_replace(t, '[\s,]', '_', 'g') AS t FROM unnest(tags) t WHERE t IS NOT NULL) d
        ) c GROUP BY n
    LOOP
        PERFORM pg_notify('newsroom_cache_purge', chunk);
    END LOOP;
END $$;

-- An article's own tag and the tag of every page that depends on any article.
CREATE FUNCTION newsroom_article_purge_tags(ids UUID[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN cardinality(ids) = 0 THEN '{}'::TEXT[]
                ELSE array_append(ARRAY(SELECT 'article:' || id FROM unnest(ids) id), 'articles') END
$$;

-- The tags of the entities in entity-set rows: those of both versions, so the pages of an entity an
-- article gained and of one it lost are both purged (and their co-mentions and counts with them).
CREATE FUNCTION newsroom_entity_purge_tags(rows "article_entity_set"[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY(
        SELECT 'country:' || v FROM unnest(rows) r, unnest(r.countries) v
        UNION SELECT 'topic:' || v FROM unnest(rows) r, unnest(r.topics) v
        UNION SELECT 'author:' || v FROM unnest(rows) r, unnest(r.authors) v
        UNION SELECT 'place:' || v FROM unnest(rows) r, unnest(r.places) v
        UNION SELECT 'organisation:' || v FROM unnest(rows) r, unnest(r.organisations) v
        UNION SELECT 'person:' || v FROM unnest(rows) r, unnest(r.persons) v
    ) || newsroom_article_purge_tags(ARRAY(SELECT r.article_id FROM unnest(rows) r))
$$;

CREATE FUNCTION newsroom_purge_article_rows() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM newsroom_notify_cache_purge(newsroom_article_purge_tags(ARRAY(SELECT id FROM old_rows)));
    ELSE
        PERFORM newsroom_notify_cache_purge(newsroom_article_purge_tags(ARRAY(SELECT id FROM new_rows)));
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION newsroom_purge_entity_set_rows() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(SELECT n::"article_entity_set" FROM new_rows n)));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(SELECT o::"article_entity_set" FROM old_rows o)));
    ELSE
        -- Rows rewritten with the same values change no page.
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(
            SELECT o::"article_entity_set" FROM old_rows o JOIN new_rows n USING (article_id) WHERE o IS DISTINCT FROM n
            UNION ALL
            SELECT n::"article_entity_set" FROM old_rows o JOIN new_rows n USING (article_id) WHERE o IS DISTINCT FROM n
        )));
    END IF;
    RETURN NULL;
END $$;

-- Every audited change (overrides that only change who decided, merges): the article's pages.
CREATE FUNCTION newsroom_purge_revision_rows() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM newsroom_notify_cache_purge(newsroom_article_purge_tags(ARRAY(SELECT DISTINCT article_id FROM new_rows)));
    RETURN NULL;
END $$;

-- rebuild-sets and a TRUNCATE can change anything: purge everything.
CREATE FUNCTION newsroom_purge_everything() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsroom_cache_purge', 'newsroom');
    RETURN NULL;
END $$;

CREATE TRIGGER "article_cache_purge_insert" AFTER INSERT ON "article" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_article_rows();
CREATE TRIGGER "article_cache_purge_update" AFTER UPDATE ON "article" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_article_rows();
CREATE TRIGGER "article_cache_purge_delete" AFTER DELETE ON "article" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_article_rows();
CREATE TRIGGER "article_cache_purge_truncate" AFTER TRUNCATE ON "article"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_everything();

CREATE TRIGGER "entity_set_cache_purge_insert" AFTER INSERT ON "article_entity_set" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_entity_set_rows();
CREATE TRIGGER "entity_set_cache_purge_update" AFTER UPDATE ON "article_entity_set" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_entity_set_rows();
CREATE TRIGGER "entity_set_cache_purge_delete" AFTER DELETE ON "article_entity_set" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_entity_set_rows();
CREATE TRIGGER "entity_set_cache_purge_truncate" AFTER TRUNCATE ON "article_entity_set"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_everything();

CREATE TRIGGER "revision_cache_purge_insert" AFTER INSERT ON "article_revision" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_purge_revision_rows();
