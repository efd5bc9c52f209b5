CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL, total numeric, placed_at timestamptz);
CREATE INDEX orders_customer_idx ON orders (customer_id) INCLUDE (total);
