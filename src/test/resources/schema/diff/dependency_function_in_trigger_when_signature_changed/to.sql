-- The function in a trigger's WHEN gains a threshold argument: trigger dropped first, created after.
CREATE FUNCTION is_big(amount numeric, threshold numeric) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN amount > threshold;
CREATE TABLE transfers (id integer PRIMARY KEY, amount numeric NOT NULL, flagged boolean NOT NULL DEFAULT false);
CREATE FUNCTION flag_transfer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.flagged := true; RETURN NEW; END $$;
CREATE TRIGGER transfers_flag BEFORE INSERT ON transfers FOR EACH ROW WHEN (is_big(NEW.amount, 500)) EXECUTE FUNCTION flag_transfer();
