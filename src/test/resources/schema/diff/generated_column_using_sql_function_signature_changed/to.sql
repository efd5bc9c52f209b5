-- As generated_column_using_function_signature_changed, with a function body in quotes (not
-- bound at creation): the column goes before the old function and comes back after the new one.
CREATE FUNCTION full_name(first text, last text, sep text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT first || sep || last $$;
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL,
    display text GENERATED ALWAYS AS (full_name(first, last, ', ')) STORED);
