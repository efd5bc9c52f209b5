-- UPDATE OF gains a column.
CREATE TABLE profiles (id integer PRIMARY KEY, email text, phone text, verified boolean NOT NULL DEFAULT false);
CREATE FUNCTION unverify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.verified := false; RETURN NEW; END $$;
CREATE TRIGGER profiles_unverify BEFORE UPDATE OF email, phone ON profiles FOR EACH ROW EXECUTE FUNCTION unverify();
