DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM orders JOIN customers ON customers.id = orders.customer_id WHERE orders.id = 1) THEN
        RAISE EXCEPTION 'the order and its customer are gone';
    END IF;
END $$;
