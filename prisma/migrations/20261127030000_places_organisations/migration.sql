-- Places from the gazetteer and organisations, with evidence, in the same entity-set design as
-- countries (see the entity_sets migration): arrays on article_entity_set with GIN indexes, kept in
-- step by the same triggers.

-- Place rows of the old hand-made city table have no gazetteer key: they are dropped, and
-- `npm run cli -- ingest --force <folder>` re-extracts stored texts with the gazetteer.
DELETE FROM "place_mention";
CREATE TYPE "PlaceKind" AS ENUM ('CAPITAL', 'CITY', 'METONYM');
ALTER TABLE "place_mention"
    ADD COLUMN "place_key" TEXT NOT NULL,
    ADD COLUMN "kind" "PlaceKind" NOT NULL,
    ADD COLUMN "text" TEXT NOT NULL,
    ADD COLUMN "sentence" TEXT NOT NULL;

CREATE TABLE "organisation" (
    "code" TEXT NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("code")
);

-- One row per occurrence: where an organisation is named, with the matched form and its sentence.
CREATE TABLE "organisation_mention" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "organisation_code" TEXT NOT NULL,
    "field" "TextField" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,

    CONSTRAINT "organisation_mention_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "organisation_mention_article_id_idx" ON "organisation_mention"("article_id");
ALTER TABLE "organisation_mention" ADD CONSTRAINT "organisation_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "organisation_mention" ADD CONSTRAINT "organisation_mention_organisation_code_fkey" FOREIGN KEY ("organisation_code") REFERENCES "organisation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "article_entity_set"
    ADD COLUMN "places" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "organisations" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "article_entity_set_places_idx" ON "article_entity_set" USING GIN ("places");
CREATE INDEX "article_entity_set_organisations_idx" ON "article_entity_set" USING GIN ("organisations");

-- As before, plus places (gazetteer keys, most named first) and organisations (codes, most named first).
CREATE OR REPLACE FUNCTION newsroom_refresh_entity_sets(ids UUID[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM "article_entity_set" s WHERE s.article_id = ANY(ids) ORDER BY s.article_id FOR UPDATE;
    WITH old AS (
        SELECT s.article_id, s.countries FROM "article_entity_set" s
        WHERE s.article_id = ANY(ids) ORDER BY s.article_id FOR UPDATE
    ), fresh AS (
        SELECT a.id AS article_id, a.published_at,
            coalesce((SELECT array_agg(m.country_code::TEXT ORDER BY m.count DESC, m.country_code) FROM "mention" m WHERE m.article_id = a.id), ARRAY[]::TEXT[]) AS countries,
            coalesce((SELECT array_agg(t.topic_code ORDER BY t.relevance DESC, t.topic_code) FROM "article_topic" t WHERE t.article_id = a.id), ARRAY[]::TEXT[]) AS topics,
            coalesce((SELECT array_agg(x.author_id ORDER BY x.position) FROM "article_author" x WHERE x.article_id = a.id), ARRAY[]::UUID[]) AS authors,
            coalesce((SELECT array_agg(k ORDER BY n DESC, k) FROM (
                SELECT p.place_key AS k, count(*) AS n FROM "place_mention" p WHERE p.article_id = a.id GROUP BY 1) x), ARRAY[]::TEXT[]) AS places,
            coalesce((SELECT array_agg(k ORDER BY n DESC, k) FROM (
                SELECT o.organisation_code AS k, count(*) AS n FROM "organisation_mention" o WHERE o.article_id = a.id GROUP BY 1) x), ARRAY[]::TEXT[]) AS organisations
        FROM "article" a WHERE a.id = ANY(ids)
    ), removed AS (
        DELETE FROM "article_entity_set" s
        WHERE s.article_id IN (SELECT article_id FROM old) AND s.article_id NOT IN (SELECT article_id FROM fresh)
    ), stored AS (
        INSERT INTO "article_entity_set" AS s (article_id, published_at, countries, topics, authors, places, organisations)
        SELECT article_id, published_at, countries, topics, authors, places, organisations FROM fresh
        ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at, countries = EXCLUDED.countries,
            topics = EXCLUDED.topics, authors = EXCLUDED.authors, places = EXCLUDED.places,
            organisations = EXCLUDED.organisations
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

CREATE OR REPLACE FUNCTION newsroom_rebuild_entity_sets() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE "article", "mention", "article_topic", "article_author", "place_mention", "organisation_mention" IN SHARE MODE;
    TRUNCATE "article_entity_set", "country_pair_count";
    INSERT INTO "article_entity_set" (article_id, published_at, countries, topics, authors, places, organisations)
    SELECT a.id, a.published_at, coalesce(m.codes, ARRAY[]::TEXT[]), coalesce(t.codes, ARRAY[]::TEXT[]), coalesce(w.ids, ARRAY[]::UUID[]),
        coalesce(p.keys, ARRAY[]::TEXT[]), coalesce(o.codes, ARRAY[]::TEXT[])
    FROM "article" a
    LEFT JOIN (SELECT article_id, array_agg(country_code::TEXT ORDER BY count DESC, country_code) AS codes FROM "mention" GROUP BY 1) m ON m.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(topic_code ORDER BY relevance DESC, topic_code) AS codes FROM "article_topic" GROUP BY 1) t ON t.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(author_id ORDER BY position) AS ids FROM "article_author" GROUP BY 1) w ON w.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(place_key ORDER BY n DESC, place_key) AS keys
               FROM (SELECT article_id, place_key, count(*) AS n FROM "place_mention" GROUP BY 1, 2) x GROUP BY 1) p ON p.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(organisation_code ORDER BY n DESC, organisation_code) AS codes
               FROM (SELECT article_id, organisation_code, count(*) AS n FROM "organisation_mention" GROUP BY 1, 2) x GROUP BY 1) o ON o.article_id = a.id
    ORDER BY a.published_at, a.id;
    INSERT INTO "country_pair_count" (country_code, other_code, article_count)
    SELECT x.a, y.b, count(*)::INTEGER FROM "article_entity_set" s, unnest(s.countries) x(a), unnest(s.countries) y(b) GROUP BY 1, 2;
END $$;

CREATE TRIGGER "place_mention_entity_sets_insert" AFTER INSERT ON "place_mention" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "place_mention_entity_sets_update" AFTER UPDATE ON "place_mention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "place_mention_entity_sets_delete" AFTER DELETE ON "place_mention" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "place_mention_entity_sets_truncate" AFTER TRUNCATE ON "place_mention"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
CREATE TRIGGER "organisation_mention_entity_sets_insert" AFTER INSERT ON "organisation_mention" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "organisation_mention_entity_sets_update" AFTER UPDATE ON "organisation_mention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "organisation_mention_entity_sets_delete" AFTER DELETE ON "organisation_mention" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "organisation_mention_entity_sets_truncate" AFTER TRUNCATE ON "organisation_mention"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
