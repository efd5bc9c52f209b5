CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE FUNCTION price_with_tax(p numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT p * 1.2 $$;
CREATE FUNCTION item_count() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT count(*)::integer FROM items $$;
CREATE PROCEDURE reset_prices() LANGUAGE sql AS $$ UPDATE items SET price = 0 $$;
CREATE FUNCTION greet(who text, punctuation text DEFAULT '!') RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT 'hi ' || who || punctuation $$;
