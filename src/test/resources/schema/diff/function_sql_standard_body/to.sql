-- A SQL-standard body (BEGIN ATOMIC ... END) holds semicolons outside any quotes.
CREATE TABLE prices (
    id integer PRIMARY KEY,
    net numeric(10,2) NOT NULL
);

CREATE FUNCTION gross(p_id integer) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT CASE WHEN net > 100 THEN net * 1.2 ELSE net * 1.1 END FROM prices WHERE id = p_id;
END;

CREATE PROCEDURE reprice(factor numeric) LANGUAGE sql
BEGIN ATOMIC
    UPDATE prices SET net = net * factor;
    DELETE FROM prices WHERE net <= 0;
END;
