-- The write side (issue #9): API tokens, the audit trail, editorial overrides of extraction, the
-- rate limit of failed authentications, and the notification that tells every API process that
-- articles were published.
-- The column "origin" (Prisma and GraphQL: source) is not called "source": queries over mention
-- and article_topic use "source" as an alias.

-- CreateEnum
CREATE TYPE "MentionSource" AS ENUM ('EXTRACTED', 'EDITOR');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('reader', 'editor', 'admin');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('CREATED', 'UPDATED', 'EDITED', 'DELETED', 'COUNTRY_OVERRIDE', 'TOPICS_OVERRIDE');

-- AlterTable
ALTER TABLE "article_topic" ADD COLUMN     "edited_by" TEXT,
ADD COLUMN     "origin" "MentionSource" NOT NULL DEFAULT 'EXTRACTED';

-- AlterTable
ALTER TABLE "mention" ADD COLUMN     "edited_by" TEXT,
ADD COLUMN     "origin" "MentionSource" NOT NULL DEFAULT 'EXTRACTED';

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_revision" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "changes" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "article_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "country_override" (
    "article_id" UUID NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "present" BOOLEAN NOT NULL,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "country_override_pkey" PRIMARY KEY ("article_id","country_code")
);

-- CreateTable
CREATE TABLE "topic_override" (
    "article_id" UUID NOT NULL,
    "topics" TEXT[],
    "actor" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_override_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "auth_failure" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "auth_failure_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_name_key" ON "api_token"("name");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "article_revision_article_id_at_idx" ON "article_revision"("article_id", "at");

-- AddForeignKey
ALTER TABLE "country_override" ADD CONSTRAINT "country_override_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "country_override" ADD CONSTRAINT "country_override_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_override" ADD CONSTRAINT "topic_override_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Applies the editors' overrides to the given articles: a country ruled out loses its mention, a
-- country confirmed or added becomes an EDITOR mention (keeping the text's evidence when there is
-- some, else with count 0), and an editor's topic list replaces the classifier's topics. The writer
-- calls it after every (re-)extraction, the override mutations after recording an override.
CREATE FUNCTION newsroom_apply_overrides(ids UUID[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM "mention" m USING "country_override" o
    WHERE o.article_id = ANY(ids) AND NOT o.present AND m.article_id = o.article_id AND m.country_code = o.country_code;
    INSERT INTO "mention" (id, article_id, country_code, count, published_at, origin, edited_by)
    SELECT gen_random_uuid(), o.article_id, o.country_code, 0, a.published_at, 'EDITOR', o.actor
    FROM "country_override" o JOIN "article" a ON a.id = o.article_id
    WHERE o.article_id = ANY(ids) AND o.present
    ORDER BY o.article_id, o.country_code
    ON CONFLICT (article_id, country_code) DO UPDATE SET origin = 'EDITOR', edited_by = EXCLUDED.edited_by;
    DELETE FROM "article_topic" t USING "topic_override" o
    WHERE o.article_id = ANY(ids) AND t.article_id = o.article_id AND NOT (t.topic_code = ANY(o.topics));
    INSERT INTO "article_topic" (article_id, topic_code, relevance, triggers, origin, edited_by)
    SELECT o.article_id, c.code, 1, ARRAY[]::TEXT[], 'EDITOR', o.actor
    FROM "topic_override" o, unnest(o.topics) c(code)
    WHERE o.article_id = ANY(ids)
    ORDER BY o.article_id, c.code
    ON CONFLICT (article_id, topic_code) DO UPDATE SET origin = 'EDITOR', edited_by = EXCLUDED.edited_by;
END $$;

-- New articles are announced on the channel newsroom_article_published (ids, comma-separated, at
-- most 100 per notification: a payload must stay under 8,000 bytes). PostgreSQL delivers them when
-- the transaction commits, to every listening API process, whoever wrote (API, CLI, another server).
CREATE FUNCTION newsroom_notify_article_published() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
    chunk TEXT;
BEGIN
    FOR chunk IN
        SELECT string_agg(id::TEXT, ',') FROM (SELECT id, (row_number() OVER () - 1) / 100 AS n FROM new_rows) r GROUP BY n
    LOOP
        PERFORM pg_notify('newsroom_article_published', chunk);
    END LOOP;
    RETURN NULL;
END $$;

CREATE TRIGGER "article_published_notify" AFTER INSERT ON "article" REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsroom_notify_article_published();
