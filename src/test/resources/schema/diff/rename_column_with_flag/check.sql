DO $$
BEGIN
    IF (SELECT string_agg(full_name, ',' ORDER BY id) FROM users) IS DISTINCT FROM 'Ada Lovelace,Alan Turing' THEN
        RAISE EXCEPTION 'names lost';
    END IF;
END $$;
