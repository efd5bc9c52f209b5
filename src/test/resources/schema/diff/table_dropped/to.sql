CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer,
    title text NOT NULL
);
