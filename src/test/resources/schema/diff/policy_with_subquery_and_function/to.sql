-- Policies whose expressions hold a subquery over another table and a stable function.
CREATE TABLE teams (id integer PRIMARY KEY, member text NOT NULL);
CREATE TABLE boards (id integer PRIMARY KEY, team_id integer NOT NULL REFERENCES teams);
CREATE FUNCTION my_teams() RETURNS SETOF integer LANGUAGE sql STABLE AS $$ SELECT id FROM teams WHERE member = current_user $$;
ALTER TABLE boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_members ON boards FOR SELECT USING (team_id IN (SELECT my_teams()));
CREATE POLICY boards_insert ON boards FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM teams t WHERE t.id = team_id AND t.member = current_user));
