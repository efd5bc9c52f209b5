-- Supabase-owned schemas differ completely; they are never compared: exit 0.
CREATE SCHEMA auth;
CREATE TABLE auth.users (
    id uuid PRIMARY KEY,
    email text
);

CREATE SCHEMA storage;
CREATE TABLE storage.objects (
    id uuid PRIMARY KEY,
    name text
);

CREATE SCHEMA extensions;

CREATE TABLE public.profiles (
    id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE,
    display_name text
);
