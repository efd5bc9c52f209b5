DO $$
BEGIN
    IF (SELECT string_agg(id::text, ',' ORDER BY size, id) FROM shirts) IS DISTINCT FROM '1,3,2' THEN
        RAISE EXCEPTION 'shirts lost or not in the new order';
    END IF;
END $$;
