CREATE TYPE address AS (street text, city text);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE RETURN a.city;
CREATE TABLE customers (id integer PRIMARY KEY, home address);
INSERT INTO customers VALUES (1, ROW('Main St', 'Springfield'));
