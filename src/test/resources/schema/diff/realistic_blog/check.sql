DO $$
BEGIN
    IF (SELECT count(*) FROM authors WHERE (email, created_at) IN
            (('ada@example.com', '2024-01-01 08:00:00+00'), ('alan@example.com', '2024-02-01 09:30:00+00'))) <> 2 THEN
        RAISE EXCEPTION 'authors lost or their times shifted';
    END IF;
    IF (SELECT string_agg(title || ':' || status, ',' ORDER BY id) FROM posts) IS DISTINCT FROM 'On engines:published,Draft:draft'
            OR (SELECT published_at FROM published_posts) IS DISTINCT FROM '2024-03-01 10:00:00+00'::timestamptz
            OR (SELECT count(*) FROM comments WHERE post_id = 1) <> 2 THEN
        RAISE EXCEPTION 'posts or comments lost';
    END IF;
END $$;
