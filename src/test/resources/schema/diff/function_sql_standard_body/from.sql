CREATE TABLE prices (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);
