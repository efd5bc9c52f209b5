-- The table and its function both go: the table first, since its column still uses the function.
CREATE TABLE kept (
    id integer PRIMARY KEY
);
