CREATE TABLE documents (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE TABLE invoices (
    total numeric(10,2) NOT NULL
) INHERITS (documents);

INSERT INTO invoices VALUES (1, 'march', 10);
