-- Type names written as aliases: exit 0.
CREATE TABLE aliases (
    a int4 PRIMARY KEY,
    b int8,
    c int2,
    d float8,
    e float4,
    f bool,
    g varchar(20),
    h timestamptz,
    i timestamp,
    j decimal(10,2),
    k char(3),
    l varchar,
    m time,
    n timetz,
    o varbit(5),
    p int,
    q bool[]
);
