-- Publications of every kind, created after their tables (backwards: dropped before them): a
-- table list with a column list and a row filter, a schema, all tables, options and a comment.
CREATE SCHEMA sales;
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customers, total numeric NOT NULL, note text);
CREATE TABLE sales.leads (id integer PRIMARY KEY);
CREATE TABLE invoices (id integer PRIMARY KEY, order_id integer REFERENCES orders);
CREATE PUBLICATION order_feed FOR TABLE orders (id, customer_id, total) WHERE (total > 0), TABLE customers, TABLE invoices
    WITH (publish = 'insert');
COMMENT ON PUBLICATION order_feed IS 'Orders for the warehouse';
CREATE PUBLICATION sales_feed FOR TABLES IN SCHEMA sales WITH (publish_via_partition_root = true);
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION nothing_yet;
