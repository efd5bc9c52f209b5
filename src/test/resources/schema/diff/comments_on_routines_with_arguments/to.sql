-- Comments on two overloads of one name: one changed, one added.
CREATE FUNCTION add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN a + b;
COMMENT ON FUNCTION add(integer, integer) IS 'adds integers';
COMMENT ON FUNCTION add(numeric, numeric) IS 'adds numerics';
