DO $$
BEGIN
    IF (SELECT count(*) FROM kept) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
