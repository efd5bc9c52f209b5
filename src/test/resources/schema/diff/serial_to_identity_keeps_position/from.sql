CREATE TABLE orders (
    id serial PRIMARY KEY,
    note text
);

INSERT INTO orders (note) VALUES ('one'), ('two'), ('three');
