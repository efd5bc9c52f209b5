DO $$
BEGIN
    IF (SELECT count(*) FROM r3) <> 1 THEN
        RAISE EXCEPTION 'readings lost';
    END IF;
END $$;
