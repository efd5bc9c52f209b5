-- A column added to the child only; the parent's columns are not touched on the child.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE invoices (
    total numeric(10,2) NOT NULL,
    paid boolean NOT NULL DEFAULT false
) INHERITS (documents);
