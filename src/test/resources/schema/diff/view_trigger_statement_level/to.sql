-- A statement-level trigger on an auto-updatable view (BEFORE ... FOR EACH STATEMENT): created
-- on the view, which writes through to its table.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE audit (at timestamptz NOT NULL DEFAULT now(), what text NOT NULL);

CREATE VIEW people_view AS SELECT id, name FROM people;

CREATE FUNCTION audit_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (what) VALUES (TG_OP || ' on ' || TG_TABLE_NAME);
    RETURN NULL;
END $$;

CREATE TRIGGER people_view_audit BEFORE UPDATE OR DELETE ON people_view
    FOR EACH STATEMENT EXECUTE FUNCTION audit_statement();
