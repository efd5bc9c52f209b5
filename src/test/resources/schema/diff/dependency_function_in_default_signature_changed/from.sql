CREATE FUNCTION next_code(prefix text) RETURNS text LANGUAGE sql VOLATILE RETURN prefix || floor(random() * 1000)::int;
CREATE TABLE coupons (id integer PRIMARY KEY, code text NOT NULL DEFAULT next_code('C-'));
INSERT INTO coupons VALUES (1, 'C-1');
