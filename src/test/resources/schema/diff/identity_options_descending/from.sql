CREATE TABLE countdown (
    id integer PRIMARY KEY,
    label text NOT NULL
);

INSERT INTO countdown VALUES (-1, 'first');
