DO $$
BEGIN
    IF (SELECT count(*) FROM cities) <> 2 THEN
        RAISE EXCEPTION 'cities lost';
    END IF;
END $$;
