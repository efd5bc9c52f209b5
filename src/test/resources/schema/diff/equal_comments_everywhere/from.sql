CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL CONSTRAINT accounts_email_key UNIQUE,
    balance numeric NOT NULL CONSTRAINT balance_positive CHECK (balance >= 0)
);
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE items (id integer PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
COMMENT ON CONSTRAINT balance_positive ON accounts IS 'x';
COMMENT ON INDEX events_kind_idx IS 'y';
COMMENT ON TRIGGER items_touch ON items IS 'z';
COMMENT ON SCHEMA public IS 'standard public schema';
COMMENT ON FUNCTION touch() IS 't';
