DO $$
BEGIN
    IF (SELECT count(*) FROM events
            WHERE (id, happened_at) IN ((1, '2024-01-01 12:00:00+00'), (2, '2024-06-30 23:30:00+00'))) <> 2 THEN
        RAISE EXCEPTION 'timestamps lost or shifted';
    END IF;
END $$;
