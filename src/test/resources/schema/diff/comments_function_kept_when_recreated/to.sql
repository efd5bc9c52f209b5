-- A function recreated for its new result type keeps its comment.
CREATE FUNCTION add_tax(amount numeric) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT (amount * 1.2)::double precision $$;
COMMENT ON FUNCTION add_tax(numeric) IS 'VAT at 20%';
