DO $$
BEGIN
    IF (SELECT count(*) FROM readings) <> 2 THEN
        RAISE EXCEPTION 'readings lost';
    END IF;
    IF NOT (SELECT convalidated FROM pg_constraint WHERE conname = 'celsius_plausible') THEN
        RAISE EXCEPTION 'celsius_plausible is still not valid';
    END IF;
END $$;
