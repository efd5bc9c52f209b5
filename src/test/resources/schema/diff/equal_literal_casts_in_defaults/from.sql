-- Literals with and without their casts, and a default left behind by a type change: exit 0.
CREATE TABLE labels (
    id integer PRIMARY KEY,
    code varchar(20) DEFAULT 'x'::character varying,
    title text DEFAULT 'untitled'::character varying,
    note text DEFAULT 'n',
    amount bigint DEFAULT '0'::bigint,
    ratio numeric(5,2) DEFAULT 1.5,
    tags varchar(10)[] DEFAULT ARRAY['a'::character varying]::varchar(10)[]
);
CREATE TABLE retyped (id integer PRIMARY KEY, kind varchar(10) DEFAULT 'basic');
ALTER TABLE retyped ALTER COLUMN kind TYPE text;
