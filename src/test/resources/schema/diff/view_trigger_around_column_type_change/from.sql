CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance integer NOT NULL
);

INSERT INTO accounts VALUES (1, 100), (2, 250);

CREATE VIEW balances AS SELECT id, balance FROM accounts;

CREATE FUNCTION set_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE accounts SET balance = NEW.balance WHERE id = OLD.id;
    RETURN NEW;
END $$;

CREATE TRIGGER balances_update INSTEAD OF UPDATE ON balances
    FOR EACH ROW EXECUTE FUNCTION set_balance();
