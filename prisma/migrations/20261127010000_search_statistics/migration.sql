-- Finer statistics for the full-text vector: with the default (100), PostgreSQL estimates any word
-- outside its ~1,000 most common lexemes at 0.4 % of articles, so at 1 M articles a search for a rare
-- word ("Sicherheitspartnerschaft", 521 hits) walked the date index probing 60,000 articles (1 s)
-- instead of reading its hits from the GIN index (14 ms). ANALYZE takes a few seconds longer.
ALTER TABLE "article" ALTER COLUMN "search_vector" SET STATISTICS 1000;
