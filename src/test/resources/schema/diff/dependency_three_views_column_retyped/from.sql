CREATE TABLE readings (id integer PRIMARY KEY, sensor text NOT NULL, value integer NOT NULL);
CREATE VIEW r1 AS SELECT id, sensor, value FROM readings;
CREATE VIEW r2 AS SELECT sensor, max(value) AS peak FROM r1 GROUP BY sensor;
CREATE VIEW r3 AS SELECT sensor FROM r2 WHERE peak > 10;
CREATE MATERIALIZED VIEW r4 AS SELECT count(*) AS n FROM r3;
INSERT INTO readings VALUES (1, 'a', 20);
