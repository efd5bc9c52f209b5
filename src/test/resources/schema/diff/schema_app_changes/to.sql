-- Changes inside app and across schemas: an enum value, a column, a cross-schema foreign key, a view.
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('active', 'suspended', 'closed');

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL
);

CREATE TABLE app.accounts (
    id integer PRIMARY KEY,
    owner_id integer NOT NULL REFERENCES public.users (id),
    status app.status NOT NULL DEFAULT 'active',
    opened_on date
);

CREATE VIEW public.user_accounts AS
    SELECT u.email, a.id AS account_id, a.status FROM public.users u JOIN app.accounts a ON a.owner_id = u.id;
