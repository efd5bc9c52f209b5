-- Same constraint names, other expressions: compared by expression, not by name.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    CONSTRAINT price_positive CHECK (price >= 0),
    CONSTRAINT name_long_enough CHECK (char_length(name) > 2)
);
