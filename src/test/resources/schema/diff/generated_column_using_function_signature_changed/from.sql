CREATE FUNCTION full_name(first text, last text) RETURNS text LANGUAGE sql IMMUTABLE RETURN first || ' ' || last;
CREATE TABLE people (id integer PRIMARY KEY, first text NOT NULL, last text NOT NULL,
    display text GENERATED ALWAYS AS (full_name(first, last)) STORED);
INSERT INTO people (id, first, last) VALUES (1, 'Ada', 'Lovelace');
