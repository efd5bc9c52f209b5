-- BRIN with a storage parameter, GIN with jsonb_path_ops and HASH indexes.
CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz NOT NULL, doc jsonb NOT NULL, code text NOT NULL);
CREATE INDEX logs_at_brin ON logs USING brin (at) WITH (pages_per_range = 32);
CREATE INDEX logs_doc_idx ON logs USING gin (doc jsonb_path_ops);
CREATE INDEX logs_code_hash ON logs USING hash (code);
