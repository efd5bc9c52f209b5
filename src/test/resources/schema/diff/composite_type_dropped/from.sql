CREATE TYPE point2 AS (x double precision, y double precision);
CREATE TYPE segment AS (a point2, b point2);
