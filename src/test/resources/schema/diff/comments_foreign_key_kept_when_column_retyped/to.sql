-- Both ends of a foreign key widen to bigint: whatever constraint the change drops and adds again
-- keeps its comment.
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer bigint NOT NULL CONSTRAINT orders_customer_fkey REFERENCES customers
);

COMMENT ON CONSTRAINT orders_customer_fkey ON orders IS 'an order belongs to one customer';
COMMENT ON CONSTRAINT customers_pkey ON customers IS 'ids come from the CRM';
