DO $$
BEGIN
    IF (SELECT string_agg(email || ':' || account_id || ':' || status, ',') FROM public.user_accounts)
            IS DISTINCT FROM 'a@example.com:10:suspended' THEN
        RAISE EXCEPTION 'accounts lost';
    END IF;
END $$;
