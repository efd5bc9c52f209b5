CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tsrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&));
INSERT INTO bookings VALUES (1, 1, '[2026-01-01 10:00, 2026-01-01 11:00)'), (2, 2, '[2026-01-01 10:00, 2026-01-01 11:00)')
    ON CONFLICT DO NOTHING;
