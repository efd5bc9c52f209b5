DO $$
DECLARE
    next integer;
BEGIN
    INSERT INTO members (name) VALUES ('cy') RETURNING id INTO next;
    IF next <> 3 THEN
        RAISE EXCEPTION 'rows lost or the sequence started again: %', next;
    END IF;
END $$;
