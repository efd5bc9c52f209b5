DO $$
BEGIN
    IF (SELECT flags::text FROM products WHERE id = 1) IS DISTINCT FROM '{hot,sale}' THEN
        RAISE EXCEPTION 'flags lost';
    END IF;
END $$;
