CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL);
CREATE VIEW barrier WITH (security_barrier = off) AS SELECT id FROM documents;
