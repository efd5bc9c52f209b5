CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    created_at timestamptz NOT NULL,
    status text NOT NULL,
    total numeric(10,2) NOT NULL
);

CREATE INDEX orders_customer_recent_idx ON orders (customer_id, created_at DESC) INCLUDE (total);
CREATE INDEX orders_status_idx ON orders (status DESC NULLS LAST, id);
