-- The same SQL-standard bodies as PostgreSQL prints them once read back (nested ANDs flattened):
-- the printed form of the original is not a fixed point, yet nothing differs.
CREATE FUNCTION in_range(v integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v >= 1 AND v <= 10 AND v <> 5;
CREATE FUNCTION both_set(a text, b text) RETURNS boolean LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT a IS NOT NULL AND b IS NOT NULL AND a <> b;
END;
