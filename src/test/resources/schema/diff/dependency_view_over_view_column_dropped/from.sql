CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL, note text);
CREATE VIEW order_details AS SELECT id, total, note FROM orders;
CREATE VIEW big_orders AS SELECT id, total FROM order_details WHERE total > 100;
