DO $$
BEGIN
    IF (SELECT count(*) FROM events WHERE occurred_at < '2026-01-01') <> 1 THEN
        RAISE EXCEPTION 'the attached rows are not seen through events';
    END IF;
END $$;
