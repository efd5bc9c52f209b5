-- A policy's function changes signature: the policy is dropped before and created after.
CREATE FUNCTION can_see(owner text, shared boolean) RETURNS boolean LANGUAGE sql STABLE RETURN shared OR owner = current_user;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (can_see(owner, false));
