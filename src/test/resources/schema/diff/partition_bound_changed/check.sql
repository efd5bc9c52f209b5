DO $$
BEGIN
    IF (SELECT count(*) FROM events) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
