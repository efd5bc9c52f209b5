-- New values in the middle and at the start keep their position.
CREATE TYPE mood AS ENUM ('ecstatic', 'happy', 'ok', 'meh', 'sad');

CREATE TABLE people (
    id integer PRIMARY KEY,
    mood mood
);
