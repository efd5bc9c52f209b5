-- Expressions that look alike but differ (an interval, a bound, a view's column): each is a change.
CREATE TABLE invitations (
    id integer PRIMARY KEY,
    expires_at timestamptz DEFAULT CURRENT_TIMESTAMP + interval '1 day',
    tries integer DEFAULT 0 CONSTRAINT few_tries CHECK (tries < 5)
);
CREATE VIEW recent AS SELECT id, expires_at - CURRENT_TIMESTAMP AS remaining FROM invitations;
