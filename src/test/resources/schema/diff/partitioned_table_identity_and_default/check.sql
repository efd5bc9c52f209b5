DO $$
BEGIN
    IF (SELECT count(*) FROM measurements WHERE unit = 'kg') <> 1 THEN
        RAISE EXCEPTION 'measurements lost';
    END IF;
END $$;
