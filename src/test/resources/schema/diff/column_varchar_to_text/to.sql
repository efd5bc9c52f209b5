CREATE TABLE articles (
    id integer PRIMARY KEY,
    title text NOT NULL
);

CREATE INDEX articles_title_idx ON articles (title);
