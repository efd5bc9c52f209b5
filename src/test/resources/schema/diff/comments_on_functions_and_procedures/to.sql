-- Comments on a function and a procedure.
CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
CREATE PROCEDURE archive_before(IN cutoff date) LANGUAGE plpgsql AS $$ BEGIN PERFORM cutoff; END $$;
COMMENT ON FUNCTION add_tax(numeric) IS 'VAT at 20%';
COMMENT ON PROCEDURE archive_before(date) IS 'Moves old rows away';
