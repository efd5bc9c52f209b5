-- A small shop: a column renamed (--rename), one dropped (destructive: exit 3), types widened, an
-- enum value added, a check tightened, a view, RLS and a policy added.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE customers (
    id serial PRIMARY KEY,
    name text NOT NULL,
    email varchar(100) NOT NULL,
    fax text
);
CREATE UNIQUE INDEX customers_email_idx ON customers (lower(email));

CREATE TABLE products (
    id serial PRIMARY KEY,
    sku varchar(20) NOT NULL UNIQUE,
    title text NOT NULL,
    price numeric(8,2) NOT NULL CONSTRAINT products_price_check CHECK (price >= 0),
    stock integer NOT NULL DEFAULT 0
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    status order_status NOT NULL DEFAULT 'pending',
    placed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE order_items (
    order_id integer NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id integer NOT NULL REFERENCES products (id),
    quantity smallint NOT NULL CHECK (quantity > 0),
    unit_price numeric(8,2) NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

INSERT INTO customers (name, email, fax) VALUES ('Grace Hopper', 'grace@example.com', '555-0199'), ('Edsger Dijkstra', 'ewd@example.com', NULL);
INSERT INTO products (sku, title, price, stock) VALUES ('PEN-1', 'Pen', 1.50, 100), ('INK-9', 'Ink', 12.00, 7);
INSERT INTO orders (customer_id, status, placed_at) VALUES (1, 'paid', '2024-05-01 12:00:00+00'), (2, 'pending', '2024-05-02 13:00:00+00');
INSERT INTO order_items VALUES (1, 1, 3, 1.50), (1, 2, 1, 12.00), (2, 1, 10, 1.40);
