CREATE TABLE tickets (
    id bigint NOT NULL PRIMARY KEY,
    seq integer NOT NULL,
    title text NOT NULL
);
