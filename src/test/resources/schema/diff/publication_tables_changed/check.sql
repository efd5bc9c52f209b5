DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM orders WHERE id = 1) THEN
        RAISE EXCEPTION 'the order is gone';
    END IF;
END $$;
