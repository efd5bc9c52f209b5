CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT amount * 1.2 $$;
CREATE PROCEDURE archive_before(IN cutoff date) LANGUAGE plpgsql AS $$ BEGIN PERFORM cutoff; END $$;
