CREATE TABLE users (
    id integer,
    email text,
    CONSTRAINT "users_pkey" PRIMARY KEY (id),
    CONSTRAINT USERS_EMAIL_KEY UNIQUE (email)
);

CREATE TABLE posts (
    id integer,
    user_id integer,
    CONSTRAINT posts_pkey PRIMARY KEY (id)
);

ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE posts ADD CHECK (user_id > 0);
