CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE refunds (id integer PRIMARY KEY);
INSERT INTO orders VALUES (1, 9.5);
CREATE PUBLICATION order_feed FOR TABLE orders WHERE (total > 0), TABLE refunds;
