DO $$
BEGIN
    IF (SELECT string_agg(name || ':' || plan, ',' ORDER BY id) FROM app.tenants) IS DISTINCT FROM 'Acme:pro,Globex:free'
            OR app.member_count('00000000-0000-0000-0000-000000000001') <> 2
            OR (SELECT count(*) FROM public.audit_log) <> 1 THEN
        RAISE EXCEPTION 'tenants, members or the audit log lost';
    END IF;
END $$;
