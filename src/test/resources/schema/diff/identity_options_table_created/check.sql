DO $$
DECLARE
    ticket bigint;
BEGIN
    IF (SELECT count(*) FROM customers) <> 1 THEN
        RAISE EXCEPTION 'customers lost';
    END IF;
    INSERT INTO tickets (customer_id) VALUES (1) RETURNING id INTO ticket;
    IF ticket <> 100000 THEN
        RAISE EXCEPTION 'the identity does not start at 100000: %', ticket;
    END IF;
END $$;
