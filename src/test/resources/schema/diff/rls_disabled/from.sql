CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);

CREATE TABLE notes (
    id integer PRIMARY KEY
);

ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
