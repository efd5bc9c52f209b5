CREATE TABLE notes (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes USING (owner = current_user);
COMMENT ON POLICY own_notes ON notes IS 'Everyone sees their own';
