DO $$
BEGIN
    IF (SELECT sum(value) FROM measures) IS DISTINCT FROM -4 THEN
        RAISE EXCEPTION 'measures lost';
    END IF;
END $$;
