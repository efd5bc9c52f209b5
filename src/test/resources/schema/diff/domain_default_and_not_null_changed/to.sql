-- The default changes and NOT NULL is set in place: the column keeps its values.
CREATE DOMAIN status_code AS smallint DEFAULT 1 NOT NULL;

CREATE TABLE jobs (
    id integer PRIMARY KEY,
    status status_code
);
