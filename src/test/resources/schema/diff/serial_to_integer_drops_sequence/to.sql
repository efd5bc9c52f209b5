-- serial to plain integer: the values stay, but the sequence and the position it reached are
-- dropped, so the change is destructive (exit 3) although integer holds every value.
CREATE TABLE tickets (
    id integer PRIMARY KEY,
    title text NOT NULL
);
