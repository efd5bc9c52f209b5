-- Indexes on an expression, with an operator class (text_pattern_ops) and with a GIN array opclass.
CREATE TABLE people (id integer PRIMARY KEY, email text NOT NULL, name text NOT NULL, tags text[]);
CREATE UNIQUE INDEX people_email_lower_key ON people (lower(email));
CREATE INDEX people_name_prefix_idx ON people (name text_pattern_ops);
CREATE INDEX people_tags_idx ON people USING gin (tags array_ops);
