DO $$
DECLARE
    next bigint;
BEGIN
    IF (SELECT count(*) FROM accounts) <> 1 THEN
        RAISE EXCEPTION 'accounts lost';
    END IF;
    INSERT INTO ledger (account) VALUES (1) RETURNING number INTO next;
    IF next <> 1000 THEN
        RAISE EXCEPTION 'the ledger does not start at 1000: %', next;
    END IF;
END $$;
