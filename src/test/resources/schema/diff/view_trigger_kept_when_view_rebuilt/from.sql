CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    active boolean NOT NULL DEFAULT true
);

INSERT INTO people VALUES (1, 'ada', true), (2, 'bob', false);

CREATE VIEW active_people AS SELECT id, name FROM people WHERE active;

CREATE FUNCTION insert_active_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO people (id, name, active) VALUES (NEW.id, NEW.name, true);
    RETURN NEW;
END $$;

CREATE TRIGGER active_people_insert INSTEAD OF INSERT ON active_people
    FOR EACH ROW EXECUTE FUNCTION insert_active_person();
COMMENT ON TRIGGER active_people_insert ON active_people IS 'inserts go to people';
