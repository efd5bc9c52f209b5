CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE VIEW post_titles AS SELECT title FROM posts;
