-- A table dropped with the sequence it owns: the sequence is let go of first and dropped after
-- the table; the way back creates both and gives the sequence back to the column.
CREATE TABLE accounts (id integer PRIMARY KEY);
