DO $$
BEGIN
    IF (SELECT amount FROM prices WHERE id = 1) IS DISTINCT FROM 19.99 THEN
        RAISE EXCEPTION 'prices lost';
    END IF;
END $$;
