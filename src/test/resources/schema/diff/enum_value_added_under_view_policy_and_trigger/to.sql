CREATE TYPE post_state AS ENUM ('draft', 'published', 'archived');
CREATE TABLE posts (id integer PRIMARY KEY, state post_state NOT NULL DEFAULT 'draft');
CREATE VIEW published_posts AS SELECT id, state FROM posts WHERE state = 'published';
ALTER TABLE posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY visible ON posts FOR SELECT USING (state = 'published');
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW WHEN (NEW.state = 'draft') EXECUTE FUNCTION touch();
