DELETE FROM api.people WHERE id = 1;
DO $$
BEGIN
    IF (SELECT count(*) FROM public.people) <> 2 OR (SELECT count(*) FROM api.people) <> 1 THEN
        RAISE EXCEPTION 'people lost or the delete through the view was not soft';
    END IF;
END $$;
