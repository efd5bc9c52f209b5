DO $$
BEGIN
    IF (SELECT count(*) FROM events) <> 1 OR (SELECT count(*) FROM audit) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
