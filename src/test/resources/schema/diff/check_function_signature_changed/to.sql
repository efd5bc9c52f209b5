-- The function a check calls takes bigint now: it cannot be replaced in place, so the check is
-- dropped, the old function dropped, the new one created and the check added again.
CREATE FUNCTION area(w bigint, h bigint) RETURNS bigint LANGUAGE sql IMMUTABLE RETURN w * h;
CREATE TABLE parcels (id integer PRIMARY KEY, width integer NOT NULL, height integer NOT NULL,
    CONSTRAINT parcels_area_limit CHECK (area(width, height) <= 100));
