package dev.strata.schema.model;

import java.util.Map;
import java.util.SortedSet;

/**
 * Everything the diff compares, read from one database. Maps are keyed by qualified name
 * (routines by signature) and sorted, so iteration order never depends on creation order.
 *
 * @param schemas the compared schemas that exist
 * @param extensions by extension name
 * @param access privileges outside tables, default privileges and owners
 * @param comments comments on the objects whose records do not hold their own (constraints,
 *     indexes, triggers, policies, sequences, routines, schemas, extensions)
 */
public record SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
        Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
        Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
        Access access, Map<CommentTarget, String> comments) {

    /** A model without privileges outside tables and without the comments kept apart. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines) {
        this(schemas, extensions, enums, sequences, tables, views, routines, Access.none(), Map.of());
    }
}
