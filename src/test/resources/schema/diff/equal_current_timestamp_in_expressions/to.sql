CREATE TABLE invitations (
    id integer PRIMARY KEY,
    expires_at timestamptz NOT NULL DEFAULT now() + '1 day'::interval,
    created_at timestamptz DEFAULT date_trunc('day'::text, transaction_timestamp()),
    CONSTRAINT expires_later CHECK (expires_at > (now() - '1 year'::interval))
);
CREATE INDEX invitations_open_idx ON invitations (expires_at) WHERE (expires_at > '2020-01-01 00:00:00+00'::timestamp with time zone);
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
CREATE POLICY open_only ON invitations FOR SELECT USING (expires_at > now());
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invitations_touch BEFORE UPDATE ON invitations
    FOR EACH ROW WHEN ((new.expires_at < now())) EXECUTE FUNCTION touch();
CREATE VIEW open_invitations AS
    SELECT id, expires_at - now() AS remaining FROM invitations WHERE expires_at > now();
