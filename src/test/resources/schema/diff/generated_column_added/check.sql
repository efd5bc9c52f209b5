DO $$
BEGIN
    IF (SELECT sum(area) FROM rectangles) IS DISTINCT FROM 26::numeric THEN
        RAISE EXCEPTION 'rows lost or area not computed';
    END IF;
END $$;
