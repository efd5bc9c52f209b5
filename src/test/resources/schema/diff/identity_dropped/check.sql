DO $$
BEGIN
    IF (SELECT string_agg(id || ':' || seq || ':' || title, ',' ORDER BY id) FROM tickets)
            IS DISTINCT FROM '1:1:first,2:2:second' THEN
        RAISE EXCEPTION 'ticket numbers lost';
    END IF;
END $$;
