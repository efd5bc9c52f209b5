-- Defaults change between functions and expressions: clock_timestamp, an interval sum, none.
CREATE TABLE events (id integer PRIMARY KEY, at timestamptz NOT NULL DEFAULT clock_timestamp(), ref uuid,
    day date DEFAULT (CURRENT_DATE + 1), retries integer DEFAULT (1 + 2));
