CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    taken_on date NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_on);

INSERT INTO measurements SELECT 1, '2025-01-01', 1.0 WHERE false;
