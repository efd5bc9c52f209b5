CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz NOT NULL, doc jsonb NOT NULL, code text NOT NULL);
INSERT INTO logs VALUES (1, now(), '{"a": 1}', 'x');
