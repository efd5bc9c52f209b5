DO $$
BEGIN
    IF (SELECT string_agg(status::text, ',' ORDER BY id) FROM orders) IS DISTINCT FROM 'new,paid' THEN
        RAISE EXCEPTION 'orders lost';
    END IF;
END $$;
