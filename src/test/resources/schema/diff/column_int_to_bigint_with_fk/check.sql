DO $$
BEGIN
    IF (SELECT sum(amount) FROM entries JOIN accounts ON accounts.id = entries.account_id) IS DISTINCT FROM 2147483697::numeric THEN
        RAISE EXCEPTION 'amounts or accounts lost';
    END IF;
END $$;
