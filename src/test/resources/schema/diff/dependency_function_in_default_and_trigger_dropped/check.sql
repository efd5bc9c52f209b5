DO $$
BEGIN
    IF (SELECT count(*) FROM documents WHERE version = 'v1') <> 2 THEN
        RAISE EXCEPTION 'documents lost';
    END IF;
END $$;
