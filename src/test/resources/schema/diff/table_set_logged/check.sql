DO $$
BEGIN
    IF (SELECT count(*) FROM cache_entries) <> 1 THEN
        RAISE EXCEPTION 'cache entries lost';
    END IF;
END $$;
