CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE INDEX events_kind_idx ON events (kind);
COMMENT ON INDEX events_kind_idx IS 'Report';
CREATE SCHEMA old_stuff;
COMMENT ON SCHEMA old_stuff IS 'Going away';
CREATE SEQUENCE invoice_numbers START 1000;
COMMENT ON SEQUENCE invoice_numbers IS 'Old numbering';
