CREATE TABLE tasks (id integer PRIMARY KEY, owner_id bigint NOT NULL, done boolean NOT NULL DEFAULT false);
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_owner ON tasks USING (owner_id > 0);
CREATE FUNCTION keep_owner() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER tasks_owner_change BEFORE UPDATE OF owner_id ON tasks FOR EACH ROW EXECUTE FUNCTION keep_owner();
CREATE VIEW open_tasks AS SELECT id, owner_id FROM tasks WHERE NOT done;
