DO $$
BEGIN
    IF (SELECT string_agg(display_name, '|' ORDER BY id) FROM people) IS DISTINCT FROM 'Lovelace, Ada|Turing, Alan' THEN
        RAISE EXCEPTION 'people lost or display_name not recomputed';
    END IF;
END $$;
