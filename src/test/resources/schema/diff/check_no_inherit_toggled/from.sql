CREATE TABLE base_items (id integer PRIMARY KEY, weight numeric);
ALTER TABLE base_items ADD CONSTRAINT weight_positive CHECK (weight > 0);
CREATE TABLE rules (id integer PRIMARY KEY, lo integer, hi integer);
ALTER TABLE rules ADD CONSTRAINT lo_below_hi CHECK (lo < hi) NO INHERIT;
