package dev.strata.schema;

/**
 * How big a table of a live database is, as PostgreSQL estimates it.
 *
 * @param rows {@code pg_class.reltuples}; negative when the table was never vacuumed or analyzed
 * @param bytes {@code pg_total_relation_size}: the table, its TOAST and its indexes
 */
public record TableSize(long rows, long bytes) {

    /** E.g. {@code about 1000000 rows, 73 MB}. */
    public String describe() {
        String count = rows < 0 ? "rows not yet counted (never analyzed)" : "about " + rows + " rows";
        return count + ", " + megabytes() + " (pg_class)";
    }

    private String megabytes() {
        return bytes < 1024 * 1024 ? bytes / 1024 + " kB" : bytes / (1024 * 1024) + " MB";
    }
}
