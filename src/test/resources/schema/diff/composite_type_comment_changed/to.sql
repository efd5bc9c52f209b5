-- A comment is added to the type; nothing else changes.
CREATE TYPE pair AS (a integer, b integer);
COMMENT ON TYPE pair IS 'two numbers';
