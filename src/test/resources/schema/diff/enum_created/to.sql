-- The type must exist before the column that uses it.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');

CREATE TABLE people (
    id integer PRIMARY KEY,
    mood mood NOT NULL DEFAULT 'ok'
);
