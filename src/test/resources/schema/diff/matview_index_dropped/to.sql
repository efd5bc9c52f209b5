-- One of two indexes of a materialized view dropped; the view and its other index stay.
CREATE TABLE events (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    at timestamptz NOT NULL
);

CREATE MATERIALIZED VIEW daily_events AS
    SELECT date_trunc('day', at) AS day, kind, count(*) AS n FROM events GROUP BY 1, 2;
CREATE INDEX daily_events_day ON daily_events (day);
