CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN w * h;
CREATE TABLE parcels (id integer PRIMARY KEY, width integer NOT NULL, height integer NOT NULL,
    CONSTRAINT parcels_area_limit CHECK (area(width, height) <= 100));
INSERT INTO parcels VALUES (1, 3, 4), (2, 5, 5);
