-- Row security forced but not enabled (PostgreSQL allows the flag; it takes effect once enabled).
CREATE TABLE secrets (id integer PRIMARY KEY, value text);
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
