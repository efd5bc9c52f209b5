CREATE FUNCTION same_text_ci(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) = lower(b) $$;
CREATE FUNCTION compare_ci(a text, b text) RETURNS integer LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN lower(a) < lower(b) THEN -1 WHEN lower(a) > lower(b) THEN 1 ELSE 0 END $$;
CREATE OPERATOR === (FUNCTION = same_text_ci, LEFTARG = text, RIGHTARG = text, RESTRICT = eqsel);
CREATE OPERATOR <=> (FUNCTION = compare_ci, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR <=> (text, text) IS 'Compares, case aside';
CREATE OPERATOR ~~~ (FUNCTION = same_text_ci, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR ~~~ (text, text) IS 'Like ===';
