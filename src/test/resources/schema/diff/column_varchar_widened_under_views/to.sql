-- varchar(8) to varchar(32) under a view that another view reads: both views dropped and
-- created again around the change.
CREATE TABLE products (id integer PRIMARY KEY, sku varchar(32) NOT NULL, name varchar(40));
CREATE VIEW product_labels AS SELECT id, sku || ': ' || name AS label FROM products;
CREATE VIEW product_label_lengths AS SELECT id, length(label) AS n FROM product_labels;
