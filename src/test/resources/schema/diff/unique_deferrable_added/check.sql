UPDATE slots SET position = 3 - position;
DO $$
BEGIN
    IF (SELECT count(*) FROM slots) <> 2 THEN
        RAISE EXCEPTION 'slots lost';
    END IF;
END $$;
