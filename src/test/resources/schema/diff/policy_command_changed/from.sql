CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR SELECT USING (owner = current_user);
CREATE POLICY documents_limit ON documents FOR INSERT WITH CHECK (body IS NOT NULL);
