CREATE TABLE posts (id integer PRIMARY KEY, title text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER posts_audit AFTER DELETE ON posts FOR EACH ROW EXECUTE FUNCTION audit();
CREATE TABLE drafts (id integer PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER drafts_touch BEFORE UPDATE ON drafts FOR EACH ROW EXECUTE FUNCTION touch();
