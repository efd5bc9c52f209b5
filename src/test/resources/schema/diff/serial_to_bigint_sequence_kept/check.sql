DO $$
BEGIN
    IF (SELECT count(*) FROM robots) <> 3 OR nextval('robots_id_seq') <= 3 THEN
        RAISE EXCEPTION 'rows lost or the sequence lost its position';
    END IF;
END $$;
