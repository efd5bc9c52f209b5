-- A statement-level AFTER trigger with a transition table (REFERENCING NEW TABLE).
CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL);
CREATE TABLE stock_log (at timestamptz NOT NULL DEFAULT now(), changed integer NOT NULL);
CREATE FUNCTION log_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_log (changed) SELECT count(*) FROM changed_rows;
    RETURN NULL;
END $$;
CREATE TRIGGER stock_logged AFTER UPDATE ON stock REFERENCING NEW TABLE AS changed_rows
    FOR EACH STATEMENT EXECUTE FUNCTION log_stock();
