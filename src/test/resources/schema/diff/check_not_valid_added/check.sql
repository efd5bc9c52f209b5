DO $$
BEGIN
    IF (SELECT count(*) FROM payments) <> 2 THEN
        RAISE EXCEPTION 'payments lost';
    END IF;
END $$;
