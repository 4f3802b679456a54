-- CreateEnum
CREATE TYPE "MentionKind" AS ENUM ('NAME', 'ADJECTIVE', 'DEMONYM', 'ABBREVIATION', 'COMPOUND');

-- CreateEnum
CREATE TYPE "TextField" AS ENUM ('HEADLINE', 'TEASER', 'BODY');

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "subheadline" TEXT,
    "teaser" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" VARCHAR(8) NOT NULL DEFAULT 'de',
    "published_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "source_name" TEXT NOT NULL,
    "word_count" INTEGER NOT NULL,
    -- Weighted German full-text vector, kept in step by PostgreSQL itself.
    "search_vector" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('german'::regconfig, "headline"), 'A') ||
        setweight(to_tsvector('german'::regconfig, coalesce("subheadline", '')), 'A') ||
        setweight(to_tsvector('german'::regconfig, "teaser"), 'B') ||
        setweight(to_tsvector('german'::regconfig, "body"), 'C')
    ) STORED,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "author" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,

    CONSTRAINT "author_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_author" (
    "article_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "article_author_pkey" PRIMARY KEY ("article_id","author_id")
);

-- CreateTable
CREATE TABLE "country" (
    "code" CHAR(2) NOT NULL,
    "name_de" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "aliases" TEXT[],

    CONSTRAINT "country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "topic" (
    "code" TEXT NOT NULL,
    "label_de" TEXT NOT NULL,
    "label_en" TEXT NOT NULL,
    "parent_code" TEXT,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "mention" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "count" INTEGER NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mention_occurrence" (
    "id" UUID NOT NULL,
    "mention_id" UUID NOT NULL,
    "field" "TextField" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "kind" "MentionKind" NOT NULL,

    CONSTRAINT "mention_occurrence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "place_mention" (
    "id" UUID NOT NULL,
    "article_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country_code" CHAR(2),
    "field" "TextField" NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "place_mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_topic" (
    "article_id" UUID NOT NULL,
    "topic_code" TEXT NOT NULL,
    "relevance" DOUBLE PRECISION NOT NULL,
    "triggers" TEXT[],

    CONSTRAINT "article_topic_pkey" PRIMARY KEY ("article_id","topic_code")
);

-- CreateIndex
CREATE UNIQUE INDEX "article_slug_key" ON "article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "article_content_hash_key" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_published_at_id_idx" ON "article"("published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "article_language_published_at_idx" ON "article"("language", "published_at" DESC);

-- CreateIndex
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");

-- CreateIndex
CREATE UNIQUE INDEX "author_slug_key" ON "author"("slug");

-- CreateIndex
CREATE INDEX "article_author_author_id_article_id_idx" ON "article_author"("author_id", "article_id");

-- CreateIndex
CREATE INDEX "topic_parent_code_idx" ON "topic"("parent_code");

-- CreateIndex
CREATE INDEX "mention_country_code_article_id_idx" ON "mention"("country_code", "article_id");

-- CreateIndex
CREATE INDEX "mention_country_code_published_at_idx" ON "mention"("country_code", "published_at");

-- CreateIndex
CREATE UNIQUE INDEX "mention_article_id_country_code_key" ON "mention"("article_id", "country_code");

-- CreateIndex
CREATE INDEX "mention_occurrence_mention_id_idx" ON "mention_occurrence"("mention_id");

-- CreateIndex
CREATE INDEX "place_mention_article_id_idx" ON "place_mention"("article_id");

-- CreateIndex
CREATE INDEX "article_topic_topic_code_article_id_idx" ON "article_topic"("topic_code", "article_id");

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_author" ADD CONSTRAINT "article_author_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "author"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic" ADD CONSTRAINT "topic_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "topic"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention" ADD CONSTRAINT "mention_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mention_occurrence" ADD CONSTRAINT "mention_occurrence_mention_id_fkey" FOREIGN KEY ("mention_id") REFERENCES "mention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_mention" ADD CONSTRAINT "place_mention_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "place_mention" ADD CONSTRAINT "place_mention_country_code_fkey" FOREIGN KEY ("country_code") REFERENCES "country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_topic" ADD CONSTRAINT "article_topic_topic_code_fkey" FOREIGN KEY ("topic_code") REFERENCES "topic"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
