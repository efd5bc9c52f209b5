CREATE SEQUENCE jobs_id_seq AS integer;

CREATE TABLE schedule_jobs (
    id integer PRIMARY KEY DEFAULT nextval('jobs_id_seq'),
    name text
);

ALTER SEQUENCE jobs_id_seq OWNED BY schedule_jobs.id;
