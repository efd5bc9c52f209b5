CREATE SCHEMA api;
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

INSERT INTO public.people VALUES (1, 'ada', false), (2, 'bob', false);

CREATE FUNCTION api.soft_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE public.people SET deleted = true WHERE id = OLD.id;
    RETURN OLD;
END $$;
