-- New NOT NULL columns with defaults on a table with rows: a constant, jsonb and an array.
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL,
    plan text NOT NULL DEFAULT 'free',
    settings jsonb NOT NULL DEFAULT '{"theme": "light"}'::jsonb,
    roles text[] NOT NULL DEFAULT ARRAY['member']::text[]);
