-- The function a generated column calls gains an argument: the column must go before the old
-- function and come back after the new one (its values are computed again).
CREATE FUNCTION full_name(first text, last text, sep text) RETURNS text LANGUAGE sql IMMUTABLE RETURN first || sep || last;
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL,
    display text GENERATED ALWAYS AS (full_name(first, last, ', ')) STORED);
