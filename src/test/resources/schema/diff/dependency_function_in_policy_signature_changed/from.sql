CREATE FUNCTION can_see(owner text) RETURNS boolean LANGUAGE sql STABLE RETURN owner = current_user;
CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (can_see(owner));
