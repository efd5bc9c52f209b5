-- CURRENT_TIMESTAMP, transaction_timestamp() and now() inside larger expressions, in a default,
-- a check, a partial index, a policy, a trigger's WHEN and a view: exit 0.
CREATE TABLE invitations (
    id integer PRIMARY KEY,
    expires_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP + interval '1 day',
    created_at timestamptz DEFAULT date_trunc('day', CURRENT_TIMESTAMP),
    CONSTRAINT expires_later CHECK (expires_at > CURRENT_TIMESTAMP - interval '1 year')
);
CREATE INDEX invitations_open_idx ON invitations (expires_at) WHERE expires_at > '2020-01-01'::timestamptz;
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_only ON invitations FOR SELECT USING (expires_at > CURRENT_TIMESTAMP);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invitations_touch BEFORE UPDATE ON invitations
    FOR EACH ROW WHEN (NEW.expires_at < CURRENT_TIMESTAMP) EXECUTE FUNCTION touch();
CREATE VIEW open_invitations AS
    SELECT id, expires_at - CURRENT_TIMESTAMP AS remaining FROM invitations WHERE expires_at > CURRENT_TIMESTAMP;
