-- Danbooru's operator, its function and a view that uses it go: the view first, then the
-- operator, then the function (PostgreSQL refuses to drop a function an operator calls).
CREATE TABLE tags (name text PRIMARY KEY);
