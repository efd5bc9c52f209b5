-- A small blog whose next release changes many things at once, none of them destructive.
CREATE TYPE post_status AS ENUM ('draft', 'published');

CREATE TABLE authors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name varchar(80) NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE posts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors (id),
    title varchar(200) NOT NULL,
    body text NOT NULL DEFAULT '',
    status post_status NOT NULL DEFAULT 'draft',
    published_at timestamp
);
CREATE INDEX posts_author_id_idx ON posts (author_id);

CREATE TABLE comments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES posts (id),
    body text NOT NULL
);

CREATE VIEW published_posts AS
    SELECT id, author_id, title, published_at FROM posts WHERE status = 'published';

INSERT INTO authors (email, name, created_at) VALUES
    ('ada@example.com', 'Ada', '2024-01-01 08:00:00'),
    ('alan@example.com', 'Alan', '2024-02-01 09:30:00');
INSERT INTO posts (author_id, title, body, status, published_at) VALUES
    (1, 'On engines', 'Notes', 'published', '2024-03-01 10:00:00'),
    (2, 'Draft', '', 'draft', NULL);
INSERT INTO comments (post_id, body) VALUES (1, 'Great'), (1, 'Indeed');
