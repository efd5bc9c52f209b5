CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, size integer);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER notes_big BEFORE INSERT OR UPDATE ON notes FOR EACH ROW WHEN (NEW.size > 10) EXECUTE FUNCTION noop();
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON notes USING (owner = current_user AND size IN (1, 2, 3));
