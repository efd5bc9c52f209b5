CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW people_v AS SELECT id, name FROM people;
CREATE FUNCTION people_v_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE TRIGGER people_v_write INSTEAD OF INSERT OR UPDATE ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_write('a', '1');
