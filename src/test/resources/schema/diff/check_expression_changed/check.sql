DO $$
BEGIN
    IF (SELECT sum(price) FROM products) IS DISTINCT FROM 13.50 THEN
        RAISE EXCEPTION 'products lost';
    END IF;
END $$;
