CREATE TABLE balances (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION check_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(amount) FROM balances) <> 0 THEN RAISE EXCEPTION 'unbalanced'; END IF;
    RETURN NULL;
END $$;
