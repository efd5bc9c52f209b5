CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    published_at timestamptz
);
