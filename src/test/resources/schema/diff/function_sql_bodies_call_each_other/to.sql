-- SQL-standard bodies are bound when the function is created, so a_total (first by name) can
-- only be created after b_price, which it calls; going back, a_total must be dropped first.
CREATE TABLE prices (
    id integer PRIMARY KEY
);

CREATE FUNCTION b_price(n integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT n * 100;
END;

CREATE FUNCTION a_total(n integer) RETURNS integer LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT b_price(n) + 1;
END;
