CREATE TABLE labels (
    id integer PRIMARY KEY,
    code varchar(20) DEFAULT 'x',
    title text DEFAULT 'untitled'::text,
    note text DEFAULT 'n'::character varying,
    amount bigint DEFAULT 0,
    ratio numeric(5,2) DEFAULT '1.5'::numeric,
    tags varchar(10)[] DEFAULT '{a}'
);
CREATE TABLE retyped (id integer PRIMARY KEY, kind text DEFAULT 'basic'::text);
