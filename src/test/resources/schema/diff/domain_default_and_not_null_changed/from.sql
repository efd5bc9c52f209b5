CREATE DOMAIN status_code AS smallint DEFAULT 0;

CREATE TABLE jobs (
    id integer PRIMARY KEY,
    status status_code
);

INSERT INTO jobs VALUES (1, 3);
