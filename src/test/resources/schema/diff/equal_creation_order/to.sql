CREATE TYPE priority AS ENUM ('low', 'high');

CREATE TABLE projects (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TYPE status AS ENUM ('open', 'closed');

CREATE TABLE issues (
    id integer PRIMARY KEY,
    project_id integer NOT NULL,
    status status NOT NULL DEFAULT 'open',
    priority priority
);

CREATE VIEW project_issue_counts AS
    SELECT p.id, p.name, count(i.id) AS issues FROM projects p LEFT JOIN issues i ON i.project_id = p.id GROUP BY p.id, p.name;

CREATE INDEX issues_status_idx ON issues (status);

CREATE FUNCTION open_issues(p integer) RETURNS bigint LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM issues WHERE project_id = p AND status = 'open' $$;

ALTER TABLE issues ADD FOREIGN KEY (project_id) REFERENCES projects (id);
CREATE INDEX issues_project_idx ON issues (project_id);
