CREATE TABLE teams (id integer PRIMARY KEY, member text NOT NULL);
CREATE TABLE boards (id integer PRIMARY KEY, team_id integer NOT NULL REFERENCES teams);
