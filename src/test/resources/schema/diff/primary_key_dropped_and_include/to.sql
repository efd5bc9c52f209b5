-- One primary key gains INCLUDE columns; another table loses its primary key.
CREATE TABLE events (id integer, at timestamptz NOT NULL, kind text NOT NULL,
    CONSTRAINT events_pkey PRIMARY KEY (id) INCLUDE (kind));
CREATE TABLE audit (id integer NOT NULL, note text);
