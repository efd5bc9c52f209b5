DO $$
BEGIN
    IF (SELECT string_agg(name || ':' || title, ',' ORDER BY posts.id) FROM posts JOIN people ON people.id = posts.user_id)
            IS DISTINCT FROM 'Ada:Notes,Alan:Computing' THEN
        RAISE EXCEPTION 'people or posts lost';
    END IF;
END $$;
