-- A view under a materialized view changes its output: the materialized view (and its index)
-- are rebuilt around it.
CREATE TABLE visits (id integer PRIMARY KEY, page text NOT NULL, at timestamptz NOT NULL);
CREATE FUNCTION day_of(t timestamptz) RETURNS date LANGUAGE sql IMMUTABLE RETURN (t AT TIME ZONE 'UTC')::date;
CREATE VIEW visit_days AS SELECT page, day_of(at) AS day, extract(hour FROM at) AS hour FROM visits;
CREATE MATERIALIZED VIEW daily_pages AS SELECT day, count(*) AS n, count(DISTINCT page) AS pages FROM visit_days GROUP BY day;
CREATE UNIQUE INDEX daily_pages_day ON daily_pages (day);
