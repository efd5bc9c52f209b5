DO $$
BEGIN
    IF (SELECT count(*) FROM invoices WHERE is_open(status)) <> 1 THEN
        RAISE EXCEPTION 'invoices lost or the function is gone';
    END IF;
END $$;
