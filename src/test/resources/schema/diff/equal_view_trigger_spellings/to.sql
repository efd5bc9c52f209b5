-- The same view trigger spelled otherwise: PROCEDURE for FUNCTION, events in another order,
-- a numeric argument unquoted, the function schema-qualified: nothing to do.
CREATE TABLE people (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW people_v AS SELECT id, name FROM people;
CREATE FUNCTION people_v_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE TRIGGER people_v_write INSTEAD OF UPDATE OR INSERT ON public.people_v FOR EACH ROW EXECUTE PROCEDURE public.people_v_write(a, 1);
