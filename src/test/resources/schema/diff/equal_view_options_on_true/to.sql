CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL);
CREATE VIEW barrier WITH (security_barrier = true) AS SELECT id FROM documents;
CREATE VIEW invoker WITH (security_invoker = true) AS SELECT id, owner FROM documents;
CREATE VIEW both_set WITH (security_barrier = true, security_invoker = true) AS SELECT owner FROM documents;
