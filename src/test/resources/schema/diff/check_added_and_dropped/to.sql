CREATE TABLE events (
    id integer PRIMARY KEY,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    capacity integer,
    CONSTRAINT events_in_order CHECK (ends_at > starts_at)
);
