CREATE TABLE tasks (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE VIEW open_tasks AS SELECT id, done FROM tasks WHERE NOT done;
