CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
COMMENT ON FUNCTION add_tax(numeric) IS 'VAT at 20%';
