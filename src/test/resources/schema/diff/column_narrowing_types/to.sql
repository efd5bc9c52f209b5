-- Each of these can lose data: without --unsafe, exit 3.
CREATE TABLE samples (
    id integer PRIMARY KEY,
    big integer,
    name varchar(10),
    at timestamp,
    amount numeric(10,2),
    note varchar(20),
    ratio real,
    kind char(3)
);
