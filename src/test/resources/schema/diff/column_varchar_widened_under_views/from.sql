CREATE TABLE products (id integer PRIMARY KEY, sku varchar(8) NOT NULL, name varchar(40));
CREATE VIEW product_labels AS SELECT id, sku || ': ' || name AS label FROM products;
CREATE VIEW product_label_lengths AS SELECT id, length(label) AS n FROM product_labels;
INSERT INTO products VALUES (1, 'A-1', 'Lamp');
