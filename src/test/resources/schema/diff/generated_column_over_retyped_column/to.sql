-- A column a generated column reads becomes numeric, and the generated column too.
CREATE TABLE lines (id integer PRIMARY KEY, qty integer NOT NULL, unit_price numeric(10,2) NOT NULL,
    total numeric GENERATED ALWAYS AS (qty * unit_price) STORED);
