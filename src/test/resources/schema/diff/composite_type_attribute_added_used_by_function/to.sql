-- A composite type gains an attribute while a function takes it and a column holds it.
CREATE TYPE address AS (street text, city text, zip text);
CREATE FUNCTION city_of(a address) RETURNS text LANGUAGE sql IMMUTABLE RETURN a.city;
CREATE TABLE customers (id integer PRIMARY KEY, home address);
