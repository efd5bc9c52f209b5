CREATE TABLE events (id integer PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), ref uuid DEFAULT gen_random_uuid(),
    day date DEFAULT CURRENT_DATE, retries integer DEFAULT 0);
