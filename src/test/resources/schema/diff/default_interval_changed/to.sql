CREATE TABLE invitations (
    id integer PRIMARY KEY,
    expires_at timestamptz DEFAULT now() + '2 days'::interval,
    tries integer DEFAULT 0 CONSTRAINT few_tries CHECK (tries < 10)
);
CREATE VIEW recent AS SELECT id, CURRENT_TIMESTAMP - expires_at AS remaining FROM invitations;
