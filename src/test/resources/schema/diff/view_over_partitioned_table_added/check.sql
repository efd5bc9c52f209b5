DO $$
BEGIN
    IF (SELECT count(*) FROM events) <> 2 THEN
        RAISE EXCEPTION 'rows of events lost';
    END IF;
END $$;
