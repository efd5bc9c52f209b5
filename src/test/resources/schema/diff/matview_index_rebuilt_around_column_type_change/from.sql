CREATE TABLE readings (
    id integer PRIMARY KEY,
    sensor integer NOT NULL,
    value integer NOT NULL
);

INSERT INTO readings VALUES (1, 1, 10), (2, 1, 30), (3, 2, 5);

CREATE MATERIALIZED VIEW sensor_peaks AS SELECT sensor, max(value) AS peak FROM readings GROUP BY sensor;
CREATE UNIQUE INDEX sensor_peaks_sensor ON sensor_peaks (sensor);
CREATE INDEX sensor_peaks_peak ON sensor_peaks (peak);
