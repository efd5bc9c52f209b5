-- The key moves to (team_id, user_id); id stays unique.
CREATE TABLE memberships (
    id integer NOT NULL UNIQUE,
    team_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
