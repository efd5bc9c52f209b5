CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    name text NOT NULL
);

INSERT INTO api_keys VALUES (1, 'ci'), (2, 'deploy');
