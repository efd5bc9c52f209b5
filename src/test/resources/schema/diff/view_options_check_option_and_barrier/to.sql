-- A view gains WITH LOCAL CHECK OPTION and security_barrier.
CREATE TABLE tasks (id integer PRIMARY KEY, done boolean NOT NULL DEFAULT false);
CREATE VIEW open_tasks WITH (security_barrier = true) AS SELECT id, done FROM tasks WHERE NOT done WITH LOCAL CHECK OPTION;
