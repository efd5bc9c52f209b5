-- A comment on a materialized view.
CREATE TABLE events (id integer PRIMARY KEY, kind text);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
COMMENT ON MATERIALIZED VIEW event_kinds IS 'Refreshed nightly';
