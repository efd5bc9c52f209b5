CREATE TABLE tenants (id integer PRIMARY KEY);
CREATE TABLE projects (tenant_id integer NOT NULL REFERENCES tenants, id integer, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (id integer PRIMARY KEY, tenant_id integer NOT NULL, project_id integer,
    CONSTRAINT tasks_project_fk FOREIGN KEY (tenant_id, project_id) REFERENCES projects);
