CREATE TABLE import_staging (
    id bigint PRIMARY KEY,
    raw jsonb NOT NULL
);

INSERT INTO import_staging VALUES (1, '{}');
