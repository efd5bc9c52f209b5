-- The column under an expression index with a predicate becomes bigint: the index follows.
CREATE TABLE measures (id integer PRIMARY KEY, value bigint NOT NULL);
CREATE INDEX measures_abs_idx ON measures (abs(value)) WHERE value <> 0;
