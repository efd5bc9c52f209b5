-- Two functions go: one used by a column default and by the other, which a trigger runs. The
-- trigger and the default go first, then the trigger function, then the function it called.
CREATE TABLE documents (
    id integer PRIMARY KEY,
    version text NOT NULL
);
