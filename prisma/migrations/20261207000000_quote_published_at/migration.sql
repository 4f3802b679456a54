-- A speaker's newest quotes (person.quotes) were found by reading every quote of the speaker with its article's
-- date: for Olaf Scholz at 1 M articles 21,466 quotes and 180 ms. The writer now copies the article's publication
-- time into each quote, as it does into each country mention, so they are one index range. The new index starts
-- with speaker_id and so also serves what the old one did (the foreign key, mergePersons).
DROP INDEX "quote_speaker_id_idx";

ALTER TABLE "quote" ADD COLUMN "published_at" TIMESTAMPTZ(3);
UPDATE "quote" q SET "published_at" = a."published_at" FROM "article" a WHERE a."id" = q."article_id";
ALTER TABLE "quote" ALTER COLUMN "published_at" SET NOT NULL;

CREATE INDEX "quote_speaker_id_published_at_article_id_field_start_idx" ON "quote"("speaker_id", "published_at" DESC, "article_id", "field", "start");
