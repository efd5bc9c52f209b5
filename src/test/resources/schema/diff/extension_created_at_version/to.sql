-- An extension pinned to an older version is created at that version.
CREATE TABLE t (
    id integer PRIMARY KEY
);

CREATE EXTENSION citext VERSION '1.5';
