-- Range types with the options teams set: a difference function, a collation other than the
-- subtype's, a multirange named by hand, a comment; used by a column and an exclusion-free index.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE labelspan AS RANGE (subtype = text, collation = "C", multirange_type_name = labelspans);
COMMENT ON TYPE floatrange IS 'a closed interval of readings';
CREATE TABLE readings (id integer PRIMARY KEY, band floatrange, labels labelspans);
CREATE INDEX readings_band ON readings USING gist (band);
