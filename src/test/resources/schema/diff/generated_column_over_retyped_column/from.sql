CREATE TABLE lines (id integer PRIMARY KEY, qty integer NOT NULL, unit_price integer NOT NULL,
    total integer GENERATED ALWAYS AS (qty * unit_price) STORED);
INSERT INTO lines (id, qty, unit_price) VALUES (1, 3, 7);
