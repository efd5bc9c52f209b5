INSERT INTO accounts (id) VALUES (3);
DO $$
BEGIN
    IF (SELECT string_agg(tier::text, ',' ORDER BY id) FROM accounts) IS DISTINCT FROM 'pro,free,free' THEN
        RAISE EXCEPTION 'accounts lost or default gone';
    END IF;
END $$;
