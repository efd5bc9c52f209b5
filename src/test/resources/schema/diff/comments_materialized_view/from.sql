CREATE TABLE events (id integer PRIMARY KEY, kind text);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
