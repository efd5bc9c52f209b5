DO $$
BEGIN
    IF (SELECT count(*) FROM "UserAccounts") <> 1 THEN
        RAISE EXCEPTION 'accounts lost';
    END IF;
END $$;
