CREATE TYPE priority AS ENUM ('low', 'medium', 'high', 'urgent');

CREATE TABLE tasks (
    id integer PRIMARY KEY,
    priority priority NOT NULL DEFAULT 'medium'
);

CREATE TABLE task_templates (
    id integer PRIMARY KEY,
    default_priority priority DEFAULT 'low'
);

INSERT INTO tasks VALUES (1, 'low'), (2, 'medium'), (3, 'high');
INSERT INTO task_templates VALUES (1, 'high'), (2, NULL);
