DO $$
BEGIN
    IF (SELECT count(*) FROM events_2025) <> 1 OR (SELECT count(*) FROM events) <> 1 THEN
        RAISE EXCEPTION 'events_2025 lost its rows or is still a partition';
    END IF;
END $$;
