CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL, nickname text);
CREATE FUNCTION display_name(uid integer) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(nickname, name) FROM users WHERE id = uid;
END;
