CREATE TABLE articles (
    id integer PRIMARY KEY,
    title varchar(20) NOT NULL
);

CREATE INDEX articles_title_idx ON articles (title);

INSERT INTO articles VALUES (1, 'Hello'), (2, 'Twenty characters!!!');
