DO $$
BEGIN
    IF (SELECT head FROM stream_heads) IS DISTINCT FROM 1 OR (SELECT global_position FROM events) IS NULL THEN
        RAISE EXCEPTION 'events lost or not numbered';
    END IF;
END $$;
