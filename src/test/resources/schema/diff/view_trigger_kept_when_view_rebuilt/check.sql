INSERT INTO active_people (id, name) VALUES (3, 'cy');
DO $$
BEGIN
    IF (SELECT count(*) FROM people) <> 3 OR (SELECT shout FROM active_people WHERE id = 3) IS DISTINCT FROM 'CY' THEN
        RAISE EXCEPTION 'people lost or the rebuilt view has no trigger';
    END IF;
END $$;
