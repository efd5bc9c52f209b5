-- security_invoker switched on for one view and off for the other; definitions unchanged.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    body text
);

CREATE VIEW my_documents WITH (security_invoker = true) AS SELECT id, body FROM documents WHERE owner = current_user;
CREATE VIEW all_documents AS SELECT id, owner FROM documents;
