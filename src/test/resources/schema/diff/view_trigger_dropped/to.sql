-- One of a view's two triggers dropped, and the function only it used; the view and the other trigger stay.
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

CREATE TRIGGER active_people_insert INSTEAD OF INSERT ON active_people
    FOR EACH ROW EXECUTE FUNCTION insert_active_person();
