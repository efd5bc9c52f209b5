-- A new view in another schema with an INSTEAD OF DELETE trigger: the trigger comes after the view.
CREATE SCHEMA api;
CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    deleted boolean NOT NULL DEFAULT false
);

CREATE FUNCTION api.soft_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE public.people SET deleted = true WHERE id = OLD.id;
    RETURN OLD;
END $$;

CREATE VIEW api.people AS SELECT id, name FROM public.people WHERE NOT deleted;
CREATE TRIGGER people_soft_delete INSTEAD OF DELETE ON api.people
    FOR EACH ROW EXECUTE FUNCTION api.soft_delete();
