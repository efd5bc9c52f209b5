CREATE TABLE events (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    at timestamptz NOT NULL
);

INSERT INTO events VALUES (1, 'login', '2026-01-01'), (2, 'login', '2026-01-02'), (3, 'logout', '2026-01-02');

CREATE MATERIALIZED VIEW daily_events AS
    SELECT date_trunc('day', at) AS day, kind, count(*) AS n FROM events GROUP BY 1, 2;
CREATE INDEX daily_events_day ON daily_events (day);
CREATE INDEX daily_events_kind ON daily_events (kind);
