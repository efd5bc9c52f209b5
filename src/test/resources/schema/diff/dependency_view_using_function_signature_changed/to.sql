-- A view calls a function whose signature changes: the view goes first and comes back after.
CREATE FUNCTION net(gross numeric, rate numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN gross / (1 + rate);
CREATE TABLE sales (id integer PRIMARY KEY, gross numeric NOT NULL);
CREATE VIEW sales_net AS SELECT id, net(gross, 0.2) AS net FROM sales;
