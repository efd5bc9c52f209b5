-- One check is dropped, one changed (dropped and added), one added.
CREATE DOMAIN percentage AS numeric(5,2)
    CONSTRAINT not_negative CHECK (VALUE >= 0)
    CONSTRAINT at_most_100 CHECK (VALUE <= 100);

CREATE TABLE discounts (
    code text PRIMARY KEY,
    rate percentage NOT NULL
);
