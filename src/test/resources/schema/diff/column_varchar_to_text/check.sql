DO $$
BEGIN
    IF (SELECT string_agg(title, '|' ORDER BY id) FROM articles) IS DISTINCT FROM 'Hello|Twenty characters!!!' THEN
        RAISE EXCEPTION 'titles lost';
    END IF;
END $$;
