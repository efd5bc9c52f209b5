CREATE TABLE items (
    id integer PRIMARY KEY,
    name text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO items VALUES (1, 'one', '2000-01-01 00:00:00+00'), (2, 'two', '2000-01-01 00:00:00+00');
