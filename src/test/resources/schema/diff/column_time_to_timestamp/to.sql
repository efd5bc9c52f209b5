-- Harbor 2.5.0: time columns become timestamps. There is no cast from time, so the values take
-- the current date (current_date + time); the one that gains a time zone is read as UTC. Made-up
-- dates one way, dates lost the other: destructive both ways.
CREATE TABLE retention_policy (
    id integer PRIMARY KEY,
    create_time timestamp,
    update_time timestamptz(3)
);
