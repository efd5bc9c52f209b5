DO $$
BEGIN
    IF (SELECT string_agg(name, ',') FROM expensive_product_names) IS DISTINCT FROM 'lamp'
            OR (SELECT count(*) FROM product_names) <> 2 THEN
        RAISE EXCEPTION 'products lost or views not recreated';
    END IF;
END $$;
