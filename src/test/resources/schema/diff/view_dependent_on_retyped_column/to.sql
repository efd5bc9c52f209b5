-- PostgreSQL refuses to retype a column a view uses: both views (one on the other) are dropped
-- before the change and created again after it, and the rows stay.
CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL
);

CREATE VIEW product_names AS SELECT id, name FROM products;
CREATE VIEW expensive_product_names AS
    SELECT id, name FROM product_names WHERE id IN (SELECT id FROM products WHERE price > 100);
