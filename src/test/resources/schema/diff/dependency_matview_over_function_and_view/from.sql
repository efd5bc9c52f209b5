CREATE TABLE visits (id integer PRIMARY KEY, page text NOT NULL, at timestamptz NOT NULL);
CREATE FUNCTION day_of(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE RETURN (t AT TIME ZONE 'UTC')::date;
CREATE VIEW visit_days AS SELECT page, day_of(at) AS day FROM visits;
CREATE MATERIALIZED VIEW daily_pages AS SELECT day, count(*) AS n FROM visit_days GROUP BY day;
CREATE UNIQUE INDEX daily_pages_day ON daily_pages (day);
