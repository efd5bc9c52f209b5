DO $$
BEGIN
    IF (SELECT count(*) FROM slots) <> 2 THEN
        RAISE EXCEPTION 'slots lost';
    END IF;
    -- Slots 1 and 2 are taken: 3, then back to 1 (a sequence past its MAXVALUE without CYCLE fails).
    INSERT INTO slots (id) VALUES (3), (4);
    IF (SELECT slot FROM slots WHERE id = 4) <> 1 THEN
        RAISE EXCEPTION 'the identity did not cycle';
    END IF;
END $$;
