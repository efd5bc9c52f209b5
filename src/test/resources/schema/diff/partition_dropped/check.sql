DO $$
BEGIN
    IF (SELECT count(*) FROM events) <> 1 THEN
        RAISE EXCEPTION 'rows of events_2026 lost';
    END IF;
END $$;
