DO $$
BEGIN
    IF (SELECT count(*) FROM invoices) <> 1 THEN
        RAISE EXCEPTION 'invoices lost';
    END IF;
END $$;
