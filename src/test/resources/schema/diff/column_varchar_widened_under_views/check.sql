DO $$
BEGIN
    IF (SELECT label FROM product_labels WHERE id = 1) IS DISTINCT FROM 'A-1: Lamp' THEN
        RAISE EXCEPTION 'products lost';
    END IF;
END $$;
