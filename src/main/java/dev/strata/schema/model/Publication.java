package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publication ({@code CREATE PUBLICATION}). It belongs to the database, not to a schema: the
 * model holds one that publishes all tables, one that lists nothing, and one that lists a table
 * or schema that is compared; of what it lists, only the compared tables and schemas, so that a
 * table elsewhere is neither added nor dropped.
 *
 * @param allTables {@code FOR ALL TABLES}
 * @param tables its compared tables, by name
 * @param schemas its compared {@code TABLES IN SCHEMA}, by name
 * @param publish what {@code WITH (publish = ...)} lists, in PostgreSQL's order, e.g. {@code insert, update}
 * @param viaRoot {@code publish_via_partition_root}
 */
public record Publication(String name, boolean allTables, List<PublicationTable> tables, List<String> schemas,
        String publish, boolean viaRoot, @Nullable String comment) {

    /** What publish is when WITH does not say. */
    public static final String PUBLISH_ALL = "insert, update, delete, truncate";

    public Publication {
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
    }

    /** The same publication with these tables, e.g. renamed. */
    public Publication withTables(List<PublicationTable> newTables) {
        return new Publication(name, allTables, newTables, schemas, publish, viaRoot, comment);
    }
}
