CREATE TABLE aliases (
    a integer PRIMARY KEY,
    b bigint,
    c smallint,
    d double precision,
    e real,
    f boolean,
    g character varying(20),
    h timestamp with time zone,
    i timestamp without time zone,
    j numeric(10,2),
    k character(3),
    l character varying,
    m time without time zone,
    n time with time zone,
    o bit varying(5),
    p integer,
    q boolean[]
);
