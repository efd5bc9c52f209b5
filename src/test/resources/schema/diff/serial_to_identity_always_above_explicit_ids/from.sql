CREATE TABLE orders (
    id serial PRIMARY KEY,
    note text
);

-- Rows imported with their own ids: the serial's sequence is still at 1, below them.
INSERT INTO orders VALUES (10, 'imported'), (50, 'imported');
INSERT INTO orders (note) VALUES ('one');
