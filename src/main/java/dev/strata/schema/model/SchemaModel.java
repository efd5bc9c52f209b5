package dev.strata.schema.model;

import java.util.Map;
import java.util.SortedSet;

/**
 * Everything the diff compares, read from one database. Maps are keyed by qualified name
 * (routines by signature) and sorted, so iteration order never depends on creation order.
 *
 * @param schemas the compared schemas that exist
 * @param extensions by extension name
 */
public record SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
        Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
        Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines) {

    /** The same schema with these tables and views. */
    public SchemaModel with(Map<QualifiedName, Table> newTables, Map<QualifiedName, View> newViews) {
        return new SchemaModel(schemas, extensions, enums, sequences, newTables, newViews, routines);
    }
}
