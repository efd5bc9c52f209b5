-- Defaults written differently that mean the same: exit 0.
CREATE TABLE notes (
    id integer PRIMARY KEY,
    title text NOT NULL DEFAULT 'x'::text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz DEFAULT CURRENT_TIMESTAMP,
    day date DEFAULT CURRENT_DATE,
    flags text[] DEFAULT '{}'::text[],
    active boolean DEFAULT true,
    kind varchar(10) DEFAULT 'a'::character varying,
    weight numeric(6,2) DEFAULT 0
);
