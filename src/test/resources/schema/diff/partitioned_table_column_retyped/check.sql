DO $$
BEGIN
    IF (SELECT count(*) FROM events) <> 2 THEN
        RAISE EXCEPTION 'events lost';
    END IF;
END $$;
