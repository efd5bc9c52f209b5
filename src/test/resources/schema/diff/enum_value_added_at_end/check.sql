DO $$
BEGIN
    IF (SELECT string_agg(status::text, ',' ORDER BY id) FROM posts) IS DISTINCT FROM 'draft,published' THEN
        RAISE EXCEPTION 'posts lost';
    END IF;
END $$;
