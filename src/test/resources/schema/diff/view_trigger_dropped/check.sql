INSERT INTO active_people (id, name) VALUES (3, 'cy');
DO $$
BEGIN
    IF (SELECT count(*) FROM people) <> 3 THEN
        RAISE EXCEPTION 'people lost or the kept trigger no longer inserts';
    END IF;
END $$;
