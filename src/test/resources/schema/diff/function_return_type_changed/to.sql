-- CREATE OR REPLACE cannot change the result type: drop, then create.
CREATE TABLE users (
    id integer PRIMARY KEY
);

CREATE FUNCTION count_users() RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM users $$;
