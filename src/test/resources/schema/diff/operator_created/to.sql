-- Operators with their functions, commutator, negator, estimators, HASHES and MERGES, a prefix
-- operator and a comment. A new generated column uses one: the operators are created after
-- their functions and before the column (backwards: dropped after the column, before the functions).
CREATE FUNCTION same_text_ci(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) = lower(b) $$;
CREATE FUNCTION other_text_ci(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT lower(a) <> lower(b) $$;
CREATE FUNCTION half(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT i / 2 $$;
CREATE OPERATOR === (FUNCTION = same_text_ci, LEFTARG = text, RIGHTARG = text, COMMUTATOR = ===, NEGATOR = !==,
    RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
CREATE OPERATOR !== (FUNCTION = other_text_ci, LEFTARG = text, RIGHTARG = text, COMMUTATOR = !==, NEGATOR = ===,
    RESTRICT = neqsel, JOIN = neqjoinsel);
CREATE OPERATOR ## (FUNCTION = half, RIGHTARG = integer);
COMMENT ON OPERATOR === (text, text) IS 'Equal, case aside';
CREATE TABLE users (
    id integer PRIMARY KEY,
    role text NOT NULL,
    is_admin boolean GENERATED ALWAYS AS (role === 'admin') STORED
);
