CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');

CREATE TABLE people (
    id integer PRIMARY KEY,
    mood mood
);
