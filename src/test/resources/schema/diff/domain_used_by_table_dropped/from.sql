CREATE DOMAIN quantity AS integer CHECK (VALUE > 0);

CREATE TABLE order_lines (
    id integer PRIMARY KEY,
    amount quantity NOT NULL
);
