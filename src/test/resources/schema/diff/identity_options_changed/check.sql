DO $$
DECLARE
    a integer;
    b integer;
BEGIN
    IF (SELECT count(*) FROM invoices) <> 3 THEN
        RAISE EXCEPTION 'invoices lost';
    END IF;
    INSERT INTO invoices (total) VALUES (40) RETURNING id INTO a;
    INSERT INTO invoices (total) VALUES (50) RETURNING id INTO b;
    IF a <= 3 OR b - a <> 10 THEN
        RAISE EXCEPTION 'the identity does not step by 10 above the rows: %, %', a, b;
    END IF;
END $$;
