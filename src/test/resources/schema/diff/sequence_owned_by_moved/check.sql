DO $$
DECLARE
    next integer;
BEGIN
    IF pg_get_serial_sequence('orders', 'id') IS DISTINCT FROM 'public.order_ids' THEN
        RAISE EXCEPTION 'the sequence is not owned by orders.id';
    END IF;
    INSERT INTO orders (total) VALUES (4) RETURNING id INTO next;
    IF next <> 4 OR (SELECT count(*) FROM orders) <> 2 THEN
        RAISE EXCEPTION 'rows lost or the sequence lost its position: %', next;
    END IF;
END $$;
