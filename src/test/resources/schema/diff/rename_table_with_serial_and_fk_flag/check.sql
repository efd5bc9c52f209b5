DO $$
DECLARE
    n integer;
BEGIN
    INSERT INTO customers (name) VALUES ('globex') RETURNING id INTO n;
    IF n <> 2 OR (SELECT count(*) FROM invoices) <> 1 THEN
        RAISE EXCEPTION 'customers lost or sequence restarted: %', n;
    END IF;
END $$;
