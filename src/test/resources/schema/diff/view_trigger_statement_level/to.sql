-- A statement-level trigger added to a view whose updates an INSTEAD OF row trigger handles
-- (PostgreSQL fires a view's statement triggers only then): created next to the row trigger.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now(), what text NOT NULL);

CREATE VIEW people_view AS SELECT id, upper(name) AS name FROM people;

CREATE FUNCTION update_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE people SET name = lower(NEW.name) WHERE id = OLD.id;
    RETURN NEW;
END $$;

CREATE TRIGGER people_view_update INSTEAD OF UPDATE ON people_view
    FOR EACH ROW EXECUTE FUNCTION update_person();

CREATE FUNCTION audit_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (what) VALUES (TG_OP || ' on ' || TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE TRIGGER people_view_audit AFTER UPDATE ON people_view
    FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();
