DO $$
BEGIN
    IF (SELECT count(*) FROM trucks) <> 1 OR (SELECT count(*) FROM vehicles) <> 0 THEN
        RAISE EXCEPTION 'trucks lost its row or still shows through vehicles';
    END IF;
END $$;
