CREATE FUNCTION is_big(amount numeric) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN amount > 1000;
CREATE TABLE transfers (id integer PRIMARY KEY, amount numeric NOT NULL, flagged boolean NOT NULL DEFAULT false);
CREATE FUNCTION flag_transfer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.flagged := true; RETURN NEW; END $$;
CREATE TRIGGER transfers_flag BEFORE INSERT ON transfers FOR EACH ROW WHEN (is_big(NEW.amount)) EXECUTE FUNCTION flag_transfer();
