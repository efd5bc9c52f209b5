-- A range type over time (no built-in one), used by a new column.
CREATE TYPE timerange AS RANGE (subtype = time);
CREATE TABLE shifts (id integer PRIMARY KEY, starts_at time NOT NULL, ends_at time NOT NULL, span timerange);
