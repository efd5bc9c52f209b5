CREATE TABLE samples (
    id integer PRIMARY KEY,
    big bigint,
    name varchar(50),
    at timestamptz,
    amount numeric(12,4),
    note text,
    ratio double precision,
    kind varchar(10)
);
