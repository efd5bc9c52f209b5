-- Same check under another name: renamed or dropped and added, the rows stay.
CREATE TABLE shipments (id integer PRIMARY KEY, weight numeric NOT NULL CONSTRAINT weight_positive CHECK (weight > 0));
