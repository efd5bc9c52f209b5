CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer integer NOT NULL CONSTRAINT orders_customer_fkey REFERENCES customers
);

COMMENT ON CONSTRAINT orders_customer_fkey ON orders IS 'an order belongs to one customer';
COMMENT ON CONSTRAINT customers_pkey ON customers IS 'ids come from the CRM';

INSERT INTO customers VALUES (1), (2);
INSERT INTO orders VALUES (10, 1), (11, 2);
