-- Columns of a partitioned table with an index change type: altered on the parent only.
CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, payload text) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view PARTITION OF events FOR VALUES IN ('view');
CREATE INDEX events_id_idx ON events (id);
