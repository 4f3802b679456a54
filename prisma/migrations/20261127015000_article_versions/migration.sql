-- Corrections are ordered: an article keeps the version time of the text it was last stored from
-- (a source file's modification time, or when the API received the text). A different text for the
-- same article replaces it only when its version time is later (README: "Corrections").
-- NULL: stored before versions were recorded; any version replaces it.
ALTER TABLE "article" ADD COLUMN "version_at" TIMESTAMPTZ(3);

-- Serialises writers of the same articles (by slug, the article's identity), in one global order so
-- two batches that share articles cannot deadlock. Held until the transaction ends.
CREATE FUNCTION newsroom_lock_articles(slugs TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
    key BIGINT;
BEGIN
    FOR key IN SELECT DISTINCT hashtextextended(s, 0) FROM unnest(slugs) AS s ORDER BY 1 LOOP
        PERFORM pg_advisory_xact_lock(key);
    END LOOP;
END;
$$;
