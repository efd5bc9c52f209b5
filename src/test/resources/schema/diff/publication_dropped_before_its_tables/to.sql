-- The publication goes with its tables, first (backwards: created after them).
CREATE TABLE kept (id integer PRIMARY KEY);
