CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('active', 'suspended');

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL,
    status app.status NOT NULL DEFAULT 'active'
);

INSERT INTO public.users VALUES (1, 'a@example.com');
INSERT INTO app.accounts VALUES (10, 1, 'suspended');
