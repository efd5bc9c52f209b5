CREATE TABLE notes (
    id integer PRIMARY KEY,
    title text NOT NULL DEFAULT 'x',
    created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at timestamptz DEFAULT now(),
    day date DEFAULT current_date,
    flags text[] DEFAULT '{}',
    active boolean DEFAULT TRUE,
    kind varchar(10) DEFAULT 'a',
    weight numeric(6,2) DEFAULT (0)
);
