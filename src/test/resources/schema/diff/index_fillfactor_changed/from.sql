CREATE TABLE tags (
    id integer PRIMARY KEY,
    label text NOT NULL
);
CREATE INDEX tags_label_idx ON tags (label);
CREATE INDEX tags_upper_idx ON tags (upper(label)) WITH (fillfactor = 50);
