DO $$
BEGIN
    IF (SELECT paid FROM invoices WHERE id = 1) IS DISTINCT FROM false THEN
        RAISE EXCEPTION 'invoice lost';
    END IF;
END $$;
