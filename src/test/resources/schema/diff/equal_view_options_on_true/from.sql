-- View options written on, yes and bare against true: exit 0.
CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL);
CREATE VIEW barrier AS SELECT id FROM documents;
ALTER VIEW barrier SET (security_barrier = on);
CREATE VIEW invoker WITH (security_invoker = yes) AS SELECT id, owner FROM documents;
CREATE VIEW both_set WITH (security_barrier, security_invoker = on) AS SELECT owner FROM documents;
