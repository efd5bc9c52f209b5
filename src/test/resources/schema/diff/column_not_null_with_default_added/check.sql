DO $$
BEGIN
    IF (SELECT count(*) FROM accounts WHERE plan = 'free' AND settings ->> 'theme' = 'light' AND roles = '{member}') <> 2 THEN
        RAISE EXCEPTION 'accounts lost or defaults not filled in';
    END IF;
END $$;
