DO $$
BEGIN
    IF (SELECT total FROM lines WHERE id = 1) IS DISTINCT FROM 21::numeric THEN
        RAISE EXCEPTION 'lines lost or total wrong';
    END IF;
END $$;
