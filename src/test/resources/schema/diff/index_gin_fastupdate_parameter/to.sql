-- A GIN index's own storage parameters change (fastupdate off, a pending list limit).
CREATE TABLE docs (id integer PRIMARY KEY, body tsvector);
CREATE INDEX docs_body_idx ON docs USING gin (body) WITH (fastupdate = off, gin_pending_list_limit = 128);
