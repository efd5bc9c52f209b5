DO $$
BEGIN
    IF (SELECT string_agg(email_address, ',' ORDER BY id) FROM accounts) IS DISTINCT FROM 'a@example.com,b@example.com' THEN
        RAISE EXCEPTION 'addresses lost';
    END IF;
END $$;
