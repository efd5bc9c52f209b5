CREATE FUNCTION net(gross numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN gross / 1.2;
CREATE TABLE sales (id integer PRIMARY KEY, gross numeric NOT NULL);
CREATE VIEW sales_net AS SELECT id, net(gross) AS net FROM sales;
