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
