CREATE TABLE events (
    id integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    capacity integer CHECK (capacity > 0)
);
