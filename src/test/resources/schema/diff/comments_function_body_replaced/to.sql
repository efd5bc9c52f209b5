-- A body replaced in place and its comment changed.
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.19 $$;
COMMENT ON FUNCTION add_tax(numeric) IS 'VAT at 19%';
