CREATE TABLE authors (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer NOT NULL,
    title text NOT NULL
);

INSERT INTO authors VALUES (1, 'Le Guin');
INSERT INTO books VALUES (1, 1, 'The Dispossessed');
