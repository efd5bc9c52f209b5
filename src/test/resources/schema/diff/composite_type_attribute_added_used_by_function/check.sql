DO $$
BEGIN
    IF (SELECT city_of(home) FROM customers WHERE id = 1) IS DISTINCT FROM 'Springfield' THEN
        RAISE EXCEPTION 'customers lost';
    END IF;
END $$;
