-- A range type nothing uses yet gets another subtype: PostgreSQL alters no part of a range
-- type, so it is dropped and created again, which counts as destructive.
CREATE TYPE slot AS RANGE (subtype = bigint);
CREATE TABLE bookings (id integer PRIMARY KEY);
