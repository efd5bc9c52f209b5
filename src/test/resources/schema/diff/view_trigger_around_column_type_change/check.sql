UPDATE balances SET balance = 2000000000 WHERE id = 1;
DO $$
BEGIN
    IF (SELECT balance FROM accounts WHERE id = 1) IS DISTINCT FROM 2000000000 OR (SELECT count(*) FROM accounts) <> 2 THEN
        RAISE EXCEPTION 'accounts lost or the view trigger is gone';
    END IF;
END $$;
