DO $$
DECLARE
    next integer;
BEGIN
    IF (SELECT count(*) FROM orders) <> 3 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
    INSERT INTO orders (note) VALUES ('two') RETURNING id INTO next;
    IF next <> 51 THEN
        RAISE EXCEPTION 'the identity does not continue above the rows: %', next;
    END IF;
END $$;
