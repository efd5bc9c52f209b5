INSERT INTO invoices (id) VALUES (2);
DO $$
BEGIN
    IF (SELECT number FROM invoices WHERE id = 2) IS DISTINCT FROM 1000 OR (SELECT number FROM invoices WHERE id = 1) IS DISTINCT FROM 100 THEN
        RAISE EXCEPTION 'invoices lost or numbering wrong';
    END IF;
END $$;
