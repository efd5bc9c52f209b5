CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    body text
);

CREATE VIEW my_documents AS SELECT id, body FROM documents WHERE owner = current_user;
CREATE VIEW all_documents WITH (security_invoker = true) AS SELECT id, owner FROM documents;
