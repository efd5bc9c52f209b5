DO $$
BEGIN
    IF (SELECT qty FROM order_lines WHERE id = 1) IS DISTINCT FROM 3 THEN
        RAISE EXCEPTION 'order lines lost';
    END IF;
END $$;
