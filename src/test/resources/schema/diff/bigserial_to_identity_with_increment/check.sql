DO $$
DECLARE
    a bigint;
    b bigint;
BEGIN
    IF (SELECT count(*) FROM shipments) <> 3 THEN
        RAISE EXCEPTION 'rows lost';
    END IF;
    INSERT INTO shipments (carrier) VALUES ('post') RETURNING id INTO a;
    INSERT INTO shipments (carrier) VALUES ('post') RETURNING id INTO b;
    IF a <> 4 OR b <> 14 THEN
        RAISE EXCEPTION 'the identity does not continue above the rows by 10: %, %', a, b;
    END IF;
END $$;
