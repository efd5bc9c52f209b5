CREATE FUNCTION stamp() RETURNS text LANGUAGE sql AS $$ SELECT 'v1' $$;

CREATE FUNCTION stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := stamp();
    RETURN NEW;
END $$;

CREATE TABLE documents (
    id integer PRIMARY KEY,
    version text NOT NULL DEFAULT stamp()
);

CREATE TRIGGER documents_stamp BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION stamp_row();

INSERT INTO documents (id) VALUES (1), (2);
