-- A column default calls an extension function: the extension first; each existing row gets its own value.
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE api_keys (
    id integer PRIMARY KEY,
    name text NOT NULL,
    secret text NOT NULL DEFAULT encode(gen_random_bytes(16), 'hex')
);
