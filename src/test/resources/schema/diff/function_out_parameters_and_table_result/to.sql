-- A function with OUT parameters gains one (its result type changes: dropped and created) and
-- a RETURNS TABLE function comes.
CREATE TABLE orders (id integer PRIMARY KEY, total numeric NOT NULL);
CREATE FUNCTION order_stats(OUT n bigint, OUT total numeric, OUT average numeric) LANGUAGE sql STABLE
    AS $$ SELECT count(*), sum(total), avg(total) FROM orders $$;
CREATE FUNCTION big_orders(threshold numeric DEFAULT 100) RETURNS TABLE (id integer, total numeric)
    LANGUAGE sql STABLE AS $$ SELECT id, total FROM orders WHERE total > threshold $$;
