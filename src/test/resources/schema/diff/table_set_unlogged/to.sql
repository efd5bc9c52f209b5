-- The staging table stops writing WAL; its rows stay.
CREATE UNLOGGED TABLE import_staging (
    id bigint PRIMARY KEY,
    raw jsonb NOT NULL
);
