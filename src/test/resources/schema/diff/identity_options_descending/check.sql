DO $$
DECLARE
    next integer;
BEGIN
    IF (SELECT count(*) FROM countdown) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
    INSERT INTO countdown (label) VALUES ('second') RETURNING id INTO next;
    IF next <> -10 THEN
        RAISE EXCEPTION 'the descending identity does not start at -10: %', next;
    END IF;
END $$;
