-- The same constraint names, once chosen by PostgreSQL and once written out (quoted, in capitals): exit 0.
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text UNIQUE
);

CREATE TABLE posts (
    id integer CONSTRAINT posts_pkey PRIMARY KEY,
    user_id integer REFERENCES users,
    CONSTRAINT "posts_user_id_check" CHECK (user_id > 0)
);
