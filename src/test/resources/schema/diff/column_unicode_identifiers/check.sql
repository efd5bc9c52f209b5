DO $$
BEGIN
    IF (SELECT count(*) FROM "größen" WHERE "breite_cm" = 20) <> 1 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
END $$;
