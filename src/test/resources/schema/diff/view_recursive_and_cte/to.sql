-- A recursive view and a view with a CTE.
CREATE TABLE categories (id integer PRIMARY KEY, parent_id integer REFERENCES categories, name text NOT NULL);
CREATE RECURSIVE VIEW category_paths (id, path) AS
    SELECT id, name FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, p.path || ' / ' || c.name FROM categories c JOIN category_paths p ON c.parent_id = p.id;
CREATE VIEW leaf_categories AS
    WITH parents AS (SELECT DISTINCT parent_id FROM categories WHERE parent_id IS NOT NULL)
    SELECT c.id, c.name FROM categories c WHERE c.id NOT IN (SELECT parent_id FROM parents);
