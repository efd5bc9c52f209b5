-- A column of a new composite type.
CREATE TYPE money_amount AS (currency character(3), cents bigint);

CREATE TABLE shops (
    id integer PRIMARY KEY,
    turnover money_amount
);
