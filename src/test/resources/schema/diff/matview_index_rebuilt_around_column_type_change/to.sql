-- The column a materialized view reads changes type: the view (whose query is unchanged) is
-- dropped for the change and created after it with both its indexes.
CREATE TABLE readings (
    id integer PRIMARY KEY,
    sensor integer NOT NULL,
    value bigint NOT NULL
);

CREATE MATERIALIZED VIEW sensor_peaks AS SELECT sensor, max(value) AS peak FROM readings GROUP BY sensor;
CREATE UNIQUE INDEX sensor_peaks_sensor ON sensor_peaks (sensor);
CREATE INDEX sensor_peaks_peak ON sensor_peaks (peak);
