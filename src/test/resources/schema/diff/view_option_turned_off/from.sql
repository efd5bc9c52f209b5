-- security_barrier written on turned off: a real change, though both spellings differ from true.
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL);
CREATE VIEW barrier WITH (security_barrier = on) AS SELECT id FROM documents;
