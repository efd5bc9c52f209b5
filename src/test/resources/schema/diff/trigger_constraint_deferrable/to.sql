-- A constraint trigger, deferred to the end of the transaction.
CREATE TABLE balances (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE FUNCTION check_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(amount) FROM balances) <> 0 THEN RAISE EXCEPTION 'unbalanced'; END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER balances_sum_zero AFTER INSERT OR UPDATE ON balances
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_total();
