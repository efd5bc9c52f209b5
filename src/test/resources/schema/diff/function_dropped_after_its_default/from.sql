CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C-' || floor(random() * 1000)::int $$;

CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT next_code()
);

INSERT INTO coupons (id) VALUES (1), (2);
