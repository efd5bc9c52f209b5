-- A view on a view on a new column: column, then inner view, then outer view.
CREATE TABLE posts (
    id integer PRIMARY KEY,
    title text NOT NULL,
    published_at timestamptz,
    featured boolean NOT NULL DEFAULT false
);

CREATE VIEW published_posts AS SELECT id, title, published_at, featured FROM posts WHERE published_at IS NOT NULL;
CREATE VIEW featured_titles AS SELECT title FROM published_posts WHERE featured ORDER BY published_at DESC;
