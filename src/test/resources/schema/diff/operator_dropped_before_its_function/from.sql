CREATE TABLE tags (name text PRIMARY KEY);
CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $_$ SELECT textregexeq($2, $1); $_$;
CREATE OPERATOR ~<< (FUNCTION = reverse_textregexeq, LEFTARG = text, RIGHTARG = text);
CREATE VIEW matching_tags AS SELECT name FROM tags WHERE '^a' ~<< name;
