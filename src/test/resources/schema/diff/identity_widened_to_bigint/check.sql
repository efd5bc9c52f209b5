DO $$
DECLARE
    next bigint;
BEGIN
    IF (SELECT count(*) FROM events) <> 2 THEN
        RAISE EXCEPTION 'events lost';
    END IF;
    INSERT INTO events (name) VALUES ('c') RETURNING id INTO next;
    IF next <> 3 THEN
        RAISE EXCEPTION 'the identity did not continue after the rows: %', next;
    END IF;
    IF (SELECT seqmax FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('events', 'id')::regclass)
            <> 9223372036854775807 THEN
        RAISE EXCEPTION 'the sequence kept integer''s largest value';
    END IF;
END $$;
