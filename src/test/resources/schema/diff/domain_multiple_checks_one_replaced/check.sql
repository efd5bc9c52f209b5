DO $$
BEGIN
    IF (SELECT count(*) FROM users) <> 1 THEN
        RAISE EXCEPTION 'users lost';
    END IF;
END $$;
