CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled', 'refunded');

CREATE TABLE customers (
    id serial PRIMARY KEY,
    full_name text NOT NULL,
    email varchar(100) NOT NULL,
    phone text
);
CREATE UNIQUE INDEX customers_email_idx ON customers (lower(email));

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(10,2) NOT NULL CONSTRAINT products_price_check CHECK (price > 0),
    stock bigint NOT NULL DEFAULT 0
);
CREATE INDEX products_title_idx ON products (title);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status order_status NOT NULL DEFAULT 'pending',
    placed_at timestamptz NOT NULL DEFAULT now(),
    note text
);
CREATE INDEX orders_customer_placed_idx ON orders (customer_id, placed_at DESC);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_paid_visible ON orders FOR SELECT USING (status <> 'cancelled');

CREATE TABLE order_items (
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE VIEW order_totals AS
    SELECT o.id AS order_id, c.full_name, sum(i.quantity * i.unit_price) AS total
    FROM orders o JOIN customers c ON c.id = o.customer_id JOIN order_items i ON i.order_id = o.id
    GROUP BY o.id, c.full_name;
