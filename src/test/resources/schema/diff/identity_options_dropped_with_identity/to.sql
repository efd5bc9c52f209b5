-- An identity with options stops being one: DROP IDENTITY keeps the values. The way back adds
-- the identity with the same options (the harness compares them after the way back).
CREATE TABLE batches (
    id bigint PRIMARY KEY,
    label text NOT NULL
);
