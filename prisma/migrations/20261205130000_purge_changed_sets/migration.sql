-- The changed entity-set rows of an UPDATE, found without joining the two transition tables: they
-- have no index and no statistics, so PostgreSQL joined them by nested loop, quadratic in the rows a
-- statement touches (6,000 rewritten sets took 38 s per statement). A row whose old and new versions
-- are equal occurs twice in the union and is dropped; a changed row's two versions occur once each.
CREATE OR REPLACE FUNCTION newsroom_purge_entity_set_rows() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(SELECT n::"article_entity_set" FROM new_rows n)));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(SELECT o::"article_entity_set" FROM old_rows o)));
    ELSE
        -- Rows rewritten with the same values change no page.
        PERFORM newsroom_notify_cache_purge(newsroom_entity_purge_tags(ARRAY(
            SELECT version FROM (
                SELECT o::"article_entity_set" AS version FROM old_rows o
                UNION ALL
                SELECT n::"article_entity_set" FROM new_rows n
            ) versions
            GROUP BY version HAVING count(*) = 1
        )));
    END IF;
    RETURN NULL;
END $$;
