-- The same check, now validated: the rows are checked, the constraint is not dropped.
CREATE TABLE readings (id integer PRIMARY KEY, celsius numeric NOT NULL);
ALTER TABLE readings ADD CONSTRAINT celsius_plausible CHECK (celsius > -90 AND celsius < 60);
