CREATE TABLE documents (
    id integer PRIMARY KEY,
    owner text NOT NULL DEFAULT current_user,
    published boolean NOT NULL DEFAULT false,
    body text
);
