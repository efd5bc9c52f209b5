CREATE TABLE secrets (id integer PRIMARY KEY, value text);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
