DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM purchases WHERE id = 1) THEN
        RAISE EXCEPTION 'the order is gone';
    END IF;
END $$;
