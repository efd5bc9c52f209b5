CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL);
INSERT INTO bookings VALUES (1, 1, '[2026-01-01 10:00, 2026-01-01 11:00)');
