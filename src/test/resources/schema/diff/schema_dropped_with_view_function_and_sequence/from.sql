CREATE TABLE placeholder (id integer PRIMARY KEY);
CREATE SCHEMA legacy;
CREATE SEQUENCE legacy.ids;
CREATE TABLE legacy.users (id integer PRIMARY KEY DEFAULT nextval('legacy.ids'), name text);
CREATE VIEW legacy.names AS SELECT name FROM legacy.users;
CREATE FUNCTION legacy.user_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM legacy.users $$;
