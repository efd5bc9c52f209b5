-- Composite types, one using another and a collation, with a comment.
CREATE SCHEMA geo;

CREATE TYPE geo.point2 AS (x double precision, y double precision);
CREATE TYPE geo.place AS (name text COLLATE "C", location geo.point2, tags text[]);
COMMENT ON TYPE geo.place IS 'a named point';
