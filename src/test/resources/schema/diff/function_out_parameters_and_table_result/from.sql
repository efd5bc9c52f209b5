CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION order_stats(OUT n bigint, OUT total numeric) LANGUAGE sql STABLE AS $$ SELECT count(*), sum(total) FROM orders $$;
