-- A new domain and a new column of it: the domain is created before the column.
CREATE DOMAIN quantity AS integer DEFAULT 1 NOT NULL CHECK (VALUE BETWEEN 1 AND 1000);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    amount quantity
);
