CREATE TABLE events (id integer NOT NULL, kind text NOT NULL, payload varchar(100)) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');
CREATE INDEX events_id_idx ON events (id);
INSERT INTO events VALUES (1, 'click', 'x'), (2, 'view', 'y');
