-- Removing a value: the type is recreated without it and both columns (and defaults) recast.
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'medium'
);

CREATE TABLE task_templates (
    id integer PRIMARY KEY,
    default_priority priority DEFAULT 'low'
);
