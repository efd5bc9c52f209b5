DO $$
BEGIN
    IF (SELECT array_agg(id ORDER BY id) FROM batches) IS DISTINCT FROM ARRAY[500, 600]::bigint[] THEN
        RAISE EXCEPTION 'the rows lost their numbers';
    END IF;
    INSERT INTO batches VALUES (601, 'c');
END $$;
