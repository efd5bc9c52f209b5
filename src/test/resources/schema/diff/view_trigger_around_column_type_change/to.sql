-- A column a view reads changes type: the view is rebuilt around the change, and its INSTEAD OF
-- trigger is dropped before the view and created after it.
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    balance bigint NOT NULL
);

CREATE VIEW balances AS SELECT id, balance FROM accounts;

CREATE FUNCTION set_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE accounts SET balance = NEW.balance WHERE id = OLD.id;
    RETURN NEW;
END $$;

CREATE TRIGGER balances_update INSTEAD OF UPDATE ON balances
    FOR EACH ROW EXECUTE FUNCTION set_balance();
