DO $$
BEGIN
    IF (SELECT count(*) FROM accounts) <> 1 THEN
        RAISE EXCEPTION 'accounts lost';
    END IF;
END $$;
