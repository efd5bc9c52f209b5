CREATE TABLE orders (
    id integer PRIMARY KEY,
    total numeric NOT NULL,
    paid boolean NOT NULL DEFAULT false
);

CREATE VIEW paid_orders AS SELECT id, total FROM orders WHERE paid;
COMMENT ON VIEW paid_orders IS 'What was paid';
