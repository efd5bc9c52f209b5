CREATE TABLE measurements (
    id integer PRIMARY KEY,
    reading double precision NOT NULL,
    code varchar(10) NOT NULL,
    label varchar(40) NOT NULL,
    taken_on timestamp NOT NULL,
    payload jsonb NOT NULL,
    price numeric(14,4) NOT NULL,
    quantity numeric NOT NULL,
    note text
);
