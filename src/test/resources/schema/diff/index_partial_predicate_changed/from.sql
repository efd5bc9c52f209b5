CREATE TABLE jobs (id integer PRIMARY KEY, state text NOT NULL, run_at timestamptz NOT NULL);
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state = 'queued';
