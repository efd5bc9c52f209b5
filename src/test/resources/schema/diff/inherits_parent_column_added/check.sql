DO $$
BEGIN
    IF (SELECT wheels FROM trucks WHERE id = 1) IS DISTINCT FROM 4 THEN
        RAISE EXCEPTION 'the truck did not get the wheels column';
    END IF;
END $$;
