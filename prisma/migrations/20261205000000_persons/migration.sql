-- Persons named in articles, with evidence and role, and direct quotes with their speaker (issue 15),
-- in the same entity-set design as every other kind: a persons array on article_entity_set with a
-- GIN index, kept in step by the same triggers. Persons merged by an editor leave their key as an
-- alias, so a later text naming them is linked to the person they were merged into.

-- AlterEnum
ALTER TYPE "RevisionAction" ADD VALUE 'PERSONS_MERGED';

-- AlterTable
ALTER TABLE "article_entity_set" ADD COLUMN "persons" UUID[] NOT NULL DEFAULT ARRAY[]::UUID[];

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(2),

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person_alias" (
    "key" TEXT NOT NULL,
    "person_id" UUID NOT NULL,

    CONSTRAINT "person_alias_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "person_mention" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "field" "TextField" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "role" TEXT,
    "country_code" CHAR(2),

    CONSTRAINT "person_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "speaker_id" UUID,
    "text" TEXT NOT NULL,
    "field" "TextField" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_key_key" ON "person"("key");

-- CreateIndex
CREATE INDEX "person_name_id_idx" ON "person"("name", "id");

-- CreateIndex
CREATE INDEX "person_alias_person_id_idx" ON "person_alias"("person_id");

-- CreateIndex
CREATE INDEX "person_mention_article_id_idx" ON "person_mention"("article_id");

-- CreateIndex
CREATE INDEX "person_mention_person_id_idx" ON "person_mention"("person_id");

-- CreateIndex
CREATE INDEX "quote_article_id_idx" ON "quote"("article_id");

-- CreateIndex
CREATE INDEX "quote_speaker_id_idx" ON "quote"("speaker_id");

-- CreateIndex
CREATE INDEX "article_entity_set_persons_idx" ON "article_entity_set" USING GIN ("persons");

-- AddForeignKey
ALTER TABLE "person_alias" ADD CONSTRAINT "person_alias_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_mention" ADD CONSTRAINT "person_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "person_mention" ADD CONSTRAINT "person_mention_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- As before, plus persons (ids, most named first).
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
                SELECT o.organisation_code AS k, count(*) AS n FROM "organisation_mention" o WHERE o.article_id = a.id GROUP BY 1) x), ARRAY[]::TEXT[]) AS organisations,
            coalesce((SELECT array_agg(k ORDER BY n DESC, k) FROM (
                SELECT p.person_id AS k, count(*) AS n FROM "person_mention" p WHERE p.article_id = a.id GROUP BY 1) x), ARRAY[]::UUID[]) AS persons
        FROM "article" a WHERE a.id = ANY(ids)
    ), removed AS (
        DELETE FROM "article_entity_set" s
        WHERE s.article_id IN (SELECT article_id FROM old) AND s.article_id NOT IN (SELECT article_id FROM fresh)
    ), stored AS (
        INSERT INTO "article_entity_set" AS s (article_id, published_at, countries, topics, authors, places, organisations, persons)
        SELECT article_id, published_at, countries, topics, authors, places, organisations, persons FROM fresh
        ON CONFLICT (article_id) DO UPDATE SET published_at = EXCLUDED.published_at, countries = EXCLUDED.countries,
            topics = EXCLUDED.topics, authors = EXCLUDED.authors, places = EXCLUDED.places,
            organisations = EXCLUDED.organisations, persons = EXCLUDED.persons
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
    LOCK TABLE "article", "mention", "article_topic", "article_author", "place_mention", "organisation_mention", "person_mention" IN SHARE MODE;
    TRUNCATE "article_entity_set", "country_pair_count";
    INSERT INTO "article_entity_set" (article_id, published_at, countries, topics, authors, places, organisations, persons)
    SELECT a.id, a.published_at, coalesce(m.codes, ARRAY[]::TEXT[]), coalesce(t.codes, ARRAY[]::TEXT[]), coalesce(w.ids, ARRAY[]::UUID[]),
        coalesce(p.keys, ARRAY[]::TEXT[]), coalesce(o.codes, ARRAY[]::TEXT[]), coalesce(n.ids, ARRAY[]::UUID[])
    FROM "article" a
    LEFT JOIN (SELECT article_id, array_agg(country_code::TEXT ORDER BY count DESC, country_code) AS codes FROM "mention" GROUP BY 1) m ON m.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(topic_code ORDER BY relevance DESC, topic_code) AS codes FROM "article_topic" GROUP BY 1) t ON t.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(author_id ORDER BY position) AS ids FROM "article_author" GROUP BY 1) w ON w.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(place_key ORDER BY n DESC, place_key) AS keys
               FROM (SELECT article_id, place_key, count(*) AS n FROM "place_mention" GROUP BY 1, 2) x GROUP BY 1) p ON p.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(organisation_code ORDER BY n DESC, organisation_code) AS codes
               FROM (SELECT article_id, organisation_code, count(*) AS n FROM "organisation_mention" GROUP BY 1, 2) x GROUP BY 1) o ON o.article_id = a.id
    LEFT JOIN (SELECT article_id, array_agg(person_id ORDER BY n DESC, person_id) AS ids
               FROM (SELECT article_id, person_id, count(*) AS n FROM "person_mention" GROUP BY 1, 2) x GROUP BY 1) n ON n.article_id = a.id
    ORDER BY a.published_at, a.id;
    INSERT INTO "country_pair_count" (country_code, other_code, article_count)
    SELECT x.a, y.b, count(*)::INTEGER FROM "article_entity_set" s, unnest(s.countries) x(a), unnest(s.countries) y(b) GROUP BY 1, 2;
END $$;

CREATE TRIGGER "person_mention_entity_sets_insert" AFTER INSERT ON "person_mention" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_insert();
CREATE TRIGGER "person_mention_entity_sets_update" AFTER UPDATE ON "person_mention" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_update();
CREATE TRIGGER "person_mention_entity_sets_delete" AFTER DELETE ON "person_mention" REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_delete();
CREATE TRIGGER "person_mention_entity_sets_truncate" AFTER TRUNCATE ON "person_mention"
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_entity_sets_after_truncate();
