-- The function a default calls gains an argument: the default goes before the old function is
-- dropped and comes back after the new one exists.
CREATE FUNCTION next_code(prefix text, width integer) RETURNS text LANGUAGE sql VOLATILE
    RETURN prefix || lpad(floor(random() * 1000)::int::text, width, '0');
CREATE TABLE coupons (id integer PRIMARY KEY, code text NOT NULL DEFAULT next_code('C-', 4));
