DO $$
BEGIN
    IF (SELECT count(DISTINCT secret) FROM api_keys WHERE length(secret) = 32 AND name IN ('ci', 'deploy')) <> 2 THEN
        RAISE EXCEPTION 'keys lost or secrets not filled';
    END IF;
END $$;
