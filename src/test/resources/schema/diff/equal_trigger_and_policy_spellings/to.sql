-- The same trigger and policy with other spellings: nothing to do.
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, size integer);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER notes_big BEFORE UPDATE OR INSERT ON notes FOR EACH ROW WHEN ((new.size > 10)) EXECUTE PROCEDURE noop();
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON notes FOR ALL TO public USING ((owner = CURRENT_USER) AND (size = ANY (ARRAY[1, 2, 3])));
