DO $$
BEGIN
    IF (SELECT count(*) FROM events_2025) <> 1 THEN
        RAISE EXCEPTION 'rows of events_2025 lost';
    END IF;
END $$;
