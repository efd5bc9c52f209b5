-- Commented objects dropped: the way back creates them with their comments.
CREATE TABLE events (id integer PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
