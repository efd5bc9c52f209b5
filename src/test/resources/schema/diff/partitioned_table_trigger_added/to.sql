-- A row trigger on the partitioned table: its clones on the partitions are not compared.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    occurred_at date NOT NULL,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE FUNCTION stamp_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.kind := lower(NEW.kind);
    RETURN NEW;
END
$$;

CREATE TRIGGER events_kind BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION stamp_kind();
