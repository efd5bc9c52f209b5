DO $$
BEGIN
    IF (SELECT string_agg(color::text, ',' ORDER BY id) FROM paints) IS DISTINCT FROM 'red,green' THEN
        RAISE EXCEPTION 'paints lost';
    END IF;
END $$;
