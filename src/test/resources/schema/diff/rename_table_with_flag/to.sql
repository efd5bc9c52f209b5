-- users becomes people (--rename users=people): renamed in place, rows and the foreign key kept.
CREATE TABLE people (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE posts (
    id integer PRIMARY KEY,
    user_id integer NOT NULL REFERENCES people (id),
    title text NOT NULL
);
