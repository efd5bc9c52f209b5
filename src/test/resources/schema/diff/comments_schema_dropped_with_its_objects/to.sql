-- A commented schema dropped with its commented table and constraint: the comments are taken off
-- first, so that the way back puts them all back once the schema and table exist again.
CREATE TABLE public.accounts (id integer PRIMARY KEY);
