-- posts_touch fires on insert too; posts_audit and its function go; a trigger with a new
-- function comes; drafts goes with its trigger; comments comes with one.
CREATE TABLE posts (id integer PRIMARY KEY, title text, updated_at timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated_at = clock_timestamp(); RETURN NEW; END $$;
CREATE FUNCTION trim_title() RETURNS trigger LANGUAGE plpgsql
    AS $$ BEGIN NEW.title = btrim(NEW.title); RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE INSERT OR UPDATE ON posts FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER posts_title BEFORE INSERT OR UPDATE OF title ON posts FOR EACH ROW
    WHEN (NEW.title IS NOT NULL) EXECUTE FUNCTION trim_title();
CREATE TABLE comments (id integer PRIMARY KEY, updated_at timestamptz);
CREATE TRIGGER comments_touch BEFORE UPDATE ON comments FOR EACH ROW EXECUTE FUNCTION touch();
