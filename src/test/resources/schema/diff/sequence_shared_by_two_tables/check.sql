DO $$
DECLARE
    note bigint;
BEGIN
    IF (SELECT count(*) FROM invoices) <> 2 THEN
        RAISE EXCEPTION 'invoices lost';
    END IF;
    INSERT INTO credit_notes (invoice, amount) VALUES (100, 5) RETURNING number INTO note;
    IF note <> 102 THEN
        RAISE EXCEPTION 'the shared sequence lost its position: %', note;
    END IF;
END $$;
