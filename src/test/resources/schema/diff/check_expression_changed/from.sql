CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    CONSTRAINT price_positive CHECK (price > 0),
    CONSTRAINT name_long_enough CHECK (char_length(name) > 0)
);

INSERT INTO products VALUES (1, 'pen', 1.50), (2, 'ink', 12.00);
