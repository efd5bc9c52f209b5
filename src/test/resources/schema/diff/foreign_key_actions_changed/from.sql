CREATE TABLE people (
    id integer PRIMARY KEY
);

CREATE TABLE books (
    id integer PRIMARY KEY,
    author_id integer REFERENCES people (id) ON DELETE CASCADE,
    editor_id integer REFERENCES people (id),
    reviewer_id integer REFERENCES people (id) DEFERRABLE INITIALLY DEFERRED
);
