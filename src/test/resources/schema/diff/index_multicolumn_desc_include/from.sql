CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    created_at timestamptz NOT NULL,
    status text NOT NULL,
    total numeric(10,2) NOT NULL
);
