CREATE DOMAIN percentage AS numeric(5,2)
    CONSTRAINT not_negative CHECK (VALUE >= 0)
    CONSTRAINT at_most_1000 CHECK (VALUE <= 1000);

CREATE TABLE discounts (
    code text PRIMARY KEY,
    rate percentage NOT NULL
);

INSERT INTO discounts VALUES ('spring', 15);
