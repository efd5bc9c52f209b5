DO $$
BEGIN
    IF (SELECT string_agg(word || sort_key || code COLLATE "C", ',' ORDER BY id) FROM words) IS DISTINCT FROM 'appleaX1,BananabX2' THEN
        RAISE EXCEPTION 'words lost';
    END IF;
END $$;
