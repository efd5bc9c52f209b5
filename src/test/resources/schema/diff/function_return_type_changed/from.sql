CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE FUNCTION count_users() RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT count(*)::integer FROM users $$;
