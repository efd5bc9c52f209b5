-- === gains a commutator, a join estimator and HASHES (dropped and created); compare_ci returns
-- bigint, so it is dropped and created, and <=> around it; ~~~ only gets another comment.
CREATE FUNCTION same_text_ci(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) = lower(b) $$;
CREATE FUNCTION compare_ci(a text, b text) RETURNS bigint LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN lower(a) < lower(b) THEN -1 WHEN lower(a) > lower(b) THEN 1 ELSE 0 END $$;
CREATE OPERATOR === (FUNCTION = same_text_ci, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ===,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES);
CREATE OPERATOR <=> (FUNCTION = compare_ci, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR <=> (text, text) IS 'Compares, case aside';
CREATE OPERATOR ~~~ (FUNCTION = same_text_ci, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR ~~~ (text, text) IS 'The same as ===';
