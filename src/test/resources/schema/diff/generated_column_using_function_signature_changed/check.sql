DO $$
BEGIN
    IF (SELECT display FROM people WHERE id = 1) IS DISTINCT FROM 'Ada, Lovelace' THEN
        RAISE EXCEPTION 'people lost or display not computed again';
    END IF;
END $$;
