-- Without --rename: a drop and an add of the same type in one table. Destructive, and stderr
-- suggests the flag.
CREATE TABLE users (
    id integer PRIMARY KEY,
    full_name text
);
