-- A publication of all tables becomes one of a table list: ALTER PUBLICATION cannot do that,
-- so it is dropped and created.
CREATE TABLE orders (id integer PRIMARY KEY);
CREATE TABLE refunds (id integer PRIMARY KEY);
CREATE PUBLICATION feed FOR TABLE orders;
