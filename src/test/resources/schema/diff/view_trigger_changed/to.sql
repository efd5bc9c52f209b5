-- A view's trigger of the same name on more events with another function: dropped and created.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

CREATE VIEW active_people AS SELECT id, name FROM people WHERE active;

CREATE FUNCTION insert_active_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people (id, name, active) VALUES (NEW.id, NEW.name, true);
    RETURN NEW;
END $$;

CREATE FUNCTION write_active_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO people (id, name, active) VALUES (NEW.id, NEW.name, true);
    ELSE
        UPDATE people SET name = NEW.name WHERE id = OLD.id;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER active_people_write INSTEAD OF INSERT OR UPDATE ON active_people
    FOR EACH ROW EXECUTE FUNCTION write_active_person();
