CREATE TABLE memberships (
    id integer PRIMARY KEY,
    team_id integer NOT NULL,
    user_id integer NOT NULL
);

INSERT INTO memberships VALUES (1, 10, 100), (2, 10, 101), (3, 11, 100);
