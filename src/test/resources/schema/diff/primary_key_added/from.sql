CREATE TABLE tags (
    id integer NOT NULL,
    name text NOT NULL
);

INSERT INTO tags VALUES (1, 'sql'), (2, 'java');
