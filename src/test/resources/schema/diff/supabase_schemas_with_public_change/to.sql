-- public changes; auth and storage change too but are never touched.
CREATE SCHEMA auth;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    email text NOT NULL,
    last_sign_in_at timestamptz
);

CREATE SCHEMA storage;

CREATE TABLE public.profiles (
    id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
    display_name text,
    avatar_url text
);
