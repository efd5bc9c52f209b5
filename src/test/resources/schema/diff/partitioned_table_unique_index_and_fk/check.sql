DO $$
BEGIN
    IF (SELECT count(*) FROM entries) <> 1 THEN
        RAISE EXCEPTION 'entries lost';
    END IF;
END $$;
