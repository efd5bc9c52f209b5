-- A new body is replaced in place; a new result type or a parameter default that goes needs a
-- drop and a create; a procedure goes; a function and a procedure come.
CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION price_with_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT p * 1.25 $$;
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM items $$;
CREATE FUNCTION greet(who text, punctuation text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'hi ' || who || punctuation $$;
CREATE FUNCTION cheapest() RETURNS SETOF items LANGUAGE sql STABLE
    AS $$ SELECT * FROM items ORDER BY price LIMIT 1 $$;
CREATE PROCEDURE discount(percent integer) LANGUAGE plpgsql
    AS $$ BEGIN UPDATE items SET price = price * (100 - percent) / 100; END $$;
