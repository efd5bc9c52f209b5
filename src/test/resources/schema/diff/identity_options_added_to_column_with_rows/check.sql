DO $$
DECLARE
    next integer;
BEGIN
    IF (SELECT count(*) FROM orders) <> 3 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
    INSERT INTO orders (note) VALUES ('four') RETURNING id INTO next;
    IF next <> 1000 THEN
        RAISE EXCEPTION 'the identity does not start at 1000: %', next;
    END IF;
END $$;
