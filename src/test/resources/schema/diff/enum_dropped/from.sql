CREATE TYPE legacy_state AS ENUM ('a', 'b');

CREATE TABLE things (
    id integer PRIMARY KEY
);
