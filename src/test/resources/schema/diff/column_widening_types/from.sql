-- Every widening the contract lists, each with a value that must come through unchanged.
CREATE TABLE measurements (
    id smallint PRIMARY KEY,
    reading real NOT NULL,
    code char(5) NOT NULL,
    label varchar(10) NOT NULL,
    taken_on date NOT NULL,
    payload json NOT NULL,
    price numeric(10,2) NOT NULL,
    quantity integer NOT NULL,
    note varchar(30)
);

INSERT INTO measurements VALUES (1, 1.5, 'ab', 'first', '2024-02-29', '{"a": 1}', 12345678.91, 7, 'kept');
