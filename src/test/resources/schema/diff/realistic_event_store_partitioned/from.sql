CREATE TABLE streams (id uuid PRIMARY KEY, kind text NOT NULL, version integer NOT NULL DEFAULT 0);
CREATE TABLE events (
    stream_id uuid NOT NULL REFERENCES streams,
    position integer NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (stream_id, position)
);
CREATE INDEX events_type_idx ON events (type);
INSERT INTO streams VALUES ('00000000-0000-0000-0000-000000000001', 'order', 1);
INSERT INTO events VALUES ('00000000-0000-0000-0000-000000000001', 1, 'created', '{}', '2026-02-01');
