DO $$
BEGIN
    IF (SELECT count(*) FROM import_staging) <> 1 THEN
        RAISE EXCEPTION 'staging rows lost';
    END IF;
END $$;
