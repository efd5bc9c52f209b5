CREATE TYPE slot AS RANGE (subtype = integer);
CREATE TABLE bookings (id integer PRIMARY KEY);
