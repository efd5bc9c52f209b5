CREATE TABLE shifts (id integer PRIMARY KEY, starts_at time NOT NULL, ends_at time NOT NULL);
