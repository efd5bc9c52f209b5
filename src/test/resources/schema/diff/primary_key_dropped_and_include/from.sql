CREATE TABLE events (id integer CONSTRAINT events_pkey PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL);
CREATE TABLE audit (id integer PRIMARY KEY, note text);
INSERT INTO events VALUES (1, now(), 'a'); INSERT INTO audit VALUES (1, 'x');
