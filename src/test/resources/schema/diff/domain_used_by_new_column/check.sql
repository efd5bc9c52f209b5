DO $$
BEGIN
    IF (SELECT string_agg(amount::text, ',' ORDER BY id) FROM orders) IS DISTINCT FROM '1,1' THEN
        RAISE EXCEPTION 'orders lost or amount not defaulted';
    END IF;
END $$;
