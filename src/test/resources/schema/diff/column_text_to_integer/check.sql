DO $$
BEGIN
    IF (SELECT count(*) FROM stock) <> 3 OR (SELECT sum(quantity) FROM stock) IS DISTINCT FROM 35::bigint THEN
        RAISE EXCEPTION 'quantities lost';
    END IF;
END $$;
