-- An extension installed into its own schema (not "extensions", which is Supabase's and not compared); a column takes its type, schema-qualified.
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext SCHEMA ext;
CREATE TABLE users (id integer PRIMARY KEY, email text, login ext.citext UNIQUE);
