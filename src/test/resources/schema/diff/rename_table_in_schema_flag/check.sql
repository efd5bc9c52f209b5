DO $$
BEGIN
    IF (SELECT sum(total) FROM app.purchases) IS DISTINCT FROM 29.99
            OR (SELECT orders FROM public.app WHERE id = 1) IS DISTINCT FROM 2 THEN
        RAISE EXCEPTION 'purchases lost';
    END IF;
END $$;
