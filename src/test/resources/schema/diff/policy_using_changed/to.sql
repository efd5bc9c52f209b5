-- Only the expressions change: ALTER POLICY, never drop and create.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_read ON documents FOR SELECT USING (owner = current_user OR published);
CREATE POLICY documents_write ON documents FOR INSERT WITH CHECK (owner = current_user AND NOT published);
