DO $$
DECLARE
    n bigint;
BEGIN
    INSERT INTO orders (note) VALUES ('c') RETURNING id INTO n;
    IF n <= 2 OR (SELECT count(*) FROM orders) <> 3 THEN
        RAISE EXCEPTION 'orders lost or identity restarted: %', n;
    END IF;
END $$;
