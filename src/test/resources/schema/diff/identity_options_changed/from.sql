CREATE TABLE invoices (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    total numeric NOT NULL
);

INSERT INTO invoices (total) VALUES (10), (20), (30);
