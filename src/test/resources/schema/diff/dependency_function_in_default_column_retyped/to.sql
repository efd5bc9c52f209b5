-- A column and the function its default calls both become bigint. The function reads a table, so
-- the new one is created once the tables are settled, after the column's type change: the type
-- change neither drops nor sets the default, which goes before the old function and comes back
-- once the new one exists.
CREATE TABLE settings (start integer NOT NULL);
CREATE FUNCTION first_score() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT start::bigint FROM settings);
CREATE TABLE scores (id integer PRIMARY KEY, points bigint DEFAULT first_score());
