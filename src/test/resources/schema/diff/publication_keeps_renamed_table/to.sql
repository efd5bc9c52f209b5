-- orders is renamed (asserted): it stays in the publication, which PostgreSQL keeps by oid;
-- refunds leaves it, named before the rename runs.
CREATE TABLE purchases (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE refunds (id integer PRIMARY KEY);
CREATE PUBLICATION order_feed FOR TABLE purchases WHERE (total > 0);
