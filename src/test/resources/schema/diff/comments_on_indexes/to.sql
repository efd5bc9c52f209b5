-- Comments on an index and on a constraint's index.
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_kind_idx ON events (kind);
COMMENT ON INDEX events_kind_idx IS 'For the per-kind report';
COMMENT ON INDEX events_pkey IS 'Primary key';
