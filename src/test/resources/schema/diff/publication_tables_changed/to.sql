-- order_feed: customers leaves, refunds joins, orders gets another row filter, the options and
-- the comment change; sales_feed gains a schema. All in place: no publication is dropped.
CREATE SCHEMA sales;
CREATE SCHEMA archive;
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE refunds (id integer PRIMARY KEY, amount numeric NOT NULL);
CREATE TABLE sales.leads (id integer PRIMARY KEY);
CREATE TABLE archive.old_orders (id integer PRIMARY KEY);
CREATE PUBLICATION order_feed FOR TABLE orders WHERE (total > 100), TABLE refunds
    WITH (publish = 'insert, truncate', publish_via_partition_root = true);
COMMENT ON PUBLICATION order_feed IS 'Large orders and refunds';
CREATE PUBLICATION sales_feed FOR TABLES IN SCHEMA sales, TABLES IN SCHEMA archive;
