-- A view loses a column (CREATE OR REPLACE cannot do that): it is dropped and created again,
-- and so is the view that reads it.
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL, note text);
CREATE VIEW order_details AS SELECT id, total FROM orders;
CREATE VIEW big_orders AS SELECT id, total FROM order_details WHERE total > 100;
