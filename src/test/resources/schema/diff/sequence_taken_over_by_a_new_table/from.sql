-- A table goes and a new one takes its serial's sequence over under its old name (Harbor 1.8's
-- replication_job): the sequence is handed over, not created again next to itself.
CREATE TABLE jobs (
    id serial PRIMARY KEY,
    name text
);
