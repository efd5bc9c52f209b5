CREATE TABLE products (
    id integer PRIMARY KEY,
    name varchar(20) NOT NULL,
    price numeric(10,2) NOT NULL
);

CREATE VIEW product_names AS SELECT id, name FROM products;
CREATE VIEW expensive_product_names AS
    SELECT id, name FROM product_names WHERE id IN (SELECT id FROM products WHERE price > 100);

INSERT INTO products VALUES (1, 'lamp', 120.00), (2, 'bulb', 3.50);
