-- The command and permissive/restrictive cannot be altered: drop the policy and create it again.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL USING (owner = current_user);
CREATE POLICY documents_limit ON documents AS RESTRICTIVE FOR INSERT WITH CHECK (body IS NOT NULL);
