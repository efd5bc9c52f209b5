-- An index's storage parameters are part of its definition: changed, it is built again.
CREATE TABLE tags (
    id integer PRIMARY KEY,
    label text NOT NULL
);
CREATE INDEX tags_label_idx ON tags (label) WITH (fillfactor = 60);
CREATE INDEX tags_upper_idx ON tags (upper(label));
