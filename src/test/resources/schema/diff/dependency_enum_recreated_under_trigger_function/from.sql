CREATE TYPE state AS ENUM ('open', 'closed', 'archived');
CREATE FUNCTION is_final(s state) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s = 'closed';
CREATE TABLE issues (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'open', closed_at timestamptz);
CREATE FUNCTION stamp_closed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.closed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER issues_stamp BEFORE UPDATE ON issues FOR EACH ROW WHEN (is_final(NEW.state)) EXECUTE FUNCTION stamp_closed();
INSERT INTO issues VALUES (1, 'open', NULL), (2, 'closed', now());
