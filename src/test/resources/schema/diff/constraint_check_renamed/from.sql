CREATE TABLE shipments (id integer PRIMARY KEY, weight numeric NOT NULL CONSTRAINT shipments_weight_check CHECK (weight > 0));
INSERT INTO shipments VALUES (1, 2.5);
