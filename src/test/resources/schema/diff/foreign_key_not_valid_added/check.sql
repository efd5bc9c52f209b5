DO $$
BEGIN
    IF (SELECT count(*) FROM orders) <> 2 THEN
        RAISE EXCEPTION 'orders lost';
    END IF;
END $$;
