-- Comments holding quotes, a backslash, a newline and non-ASCII text.
CREATE TABLE notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE notes IS 'It''s the "notes" table
second line \ with a backslash';
COMMENT ON COLUMN notes.body IS 'Markdown — ünïcödé ✓';
