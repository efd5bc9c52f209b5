-- A SQL-standard function body (tracked by PostgreSQL) reads a column that is dropped: the
-- function is changed before the column goes.
CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION display_name(uid integer) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT name FROM users WHERE id = uid;
END;
