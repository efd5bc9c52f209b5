CREATE TABLE orders (
    id integer PRIMARY KEY,
    note text
);

INSERT INTO orders VALUES (1, 'one'), (2, 'two'), (3, 'three');
