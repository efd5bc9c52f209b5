-- Values stored as UTC wall-clock times must keep their instant: AT TIME ZONE 'UTC', whatever
-- the session's time zone is.
CREATE TABLE events (
    id integer PRIMARY KEY,
    happened_at timestamp NOT NULL
);

INSERT INTO events VALUES (1, '2024-01-01 12:00:00'), (2, '2024-06-30 23:30:00');
