DO $$
BEGIN
    IF (SELECT string_agg(state::text, ',' ORDER BY id) FROM accounts) IS DISTINCT FROM 'active,archived,archived' THEN
        RAISE EXCEPTION 'accounts lost or not renamed';
    END IF;
END $$;
