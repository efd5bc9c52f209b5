package dev.strata.schema.model;

import java.util.Map;
import java.util.SortedSet;

/**
 * Everything the diff compares, read from one database. Maps are keyed by qualified name
 * (routines by signature) and sorted, so iteration order never depends on creation order.
 *
 * @param schemas the compared schemas that exist
 * @param extensions by extension name
 * @param notCompared how many objects there are of each kind the model does not hold, by the
 *     kind's singular noun (e.g. {@code publication}) in name order; kinds with none are left out
 * @param access privileges outside tables, default privileges and owners
 * @param comments comments on the objects whose records do not hold their own (constraints,
 *     indexes, triggers, policies, sequences, routines, schemas, extensions)
 * @param eventTriggers by name: the database's event triggers whose function is in a compared schema
 * @param operators user-defined operators by signature ({@link Operator#signature()})
 * @param publications by name: the database's publications that concern the compared schemas
 *     (see {@link Publication})
 * @param rangeTypes range types by name
 */
public record SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
        Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
        Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
        Map<QualifiedName, Domain> domains, Map<QualifiedName, CompositeType> compositeTypes,
        Map<String, Integer> notCompared, Access access, Map<CommentTarget, String> comments,
        Map<String, EventTrigger> eventTriggers, Map<String, Operator> operators,
        Map<String, Publication> publications, Map<QualifiedName, RangeType> rangeTypes) {

    public SchemaModel {
        notCompared = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(notCompared));
    }

    /** A model without range types. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
            Map<QualifiedName, Domain> domains, Map<QualifiedName, CompositeType> compositeTypes,
            Map<String, Integer> notCompared, Access access, Map<CommentTarget, String> comments,
            Map<String, EventTrigger> eventTriggers, Map<String, Operator> operators,
            Map<String, Publication> publications) {
        this(schemas, extensions, enums, sequences, tables, views, routines, domains, compositeTypes, notCompared,
                access, comments, eventTriggers, operators, publications, Map.of());
    }

    /** A model without event triggers, operators and publications. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
            Map<QualifiedName, Domain> domains, Map<QualifiedName, CompositeType> compositeTypes,
            Map<String, Integer> notCompared, Access access, Map<CommentTarget, String> comments) {
        this(schemas, extensions, enums, sequences, tables, views, routines, domains, compositeTypes, notCompared,
                access, comments, Map.of(), Map.of(), Map.of());
    }

    /** A model in which every object was compared, without privileges outside tables and comments kept apart. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines) {
        this(schemas, extensions, enums, sequences, tables, views, routines, Access.none(), Map.of());
    }

    /** A model in which every object was compared, with its privileges and comments. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
            Access access, Map<CommentTarget, String> comments) {
        this(schemas, extensions, enums, sequences, tables, views, routines, Map.of(), Map.of(), Map.of(),
                access, comments);
    }

    /** A model without privileges outside tables and without the comments kept apart. */
    public SchemaModel(SortedSet<String> schemas, Map<String, Extension> extensions,
            Map<QualifiedName, EnumType> enums, Map<QualifiedName, Sequence> sequences,
            Map<QualifiedName, Table> tables, Map<QualifiedName, View> views, Map<String, Routine> routines,
            Map<QualifiedName, Domain> domains, Map<QualifiedName, CompositeType> compositeTypes,
            Map<String, Integer> notCompared) {
        this(schemas, extensions, enums, sequences, tables, views, routines, domains, compositeTypes, notCompared,
                Access.none(), Map.of());
    }

    /** The same schema with these tables and views. */
    public SchemaModel with(Map<QualifiedName, Table> newTables, Map<QualifiedName, View> newViews) {
        return new SchemaModel(schemas, extensions, enums, sequences, newTables, newViews, routines,
                domains, compositeTypes, notCompared, access, comments, eventTriggers, operators,
                publications, rangeTypes);
    }

    /** The same schema with these routines. */
    public SchemaModel withRoutines(Map<String, Routine> newRoutines) {
        return new SchemaModel(schemas, extensions, enums, sequences, tables, views, newRoutines,
                domains, compositeTypes, notCompared, access, comments, eventTriggers, operators,
                publications, rangeTypes);
    }

    public SchemaModel withDomains(Map<QualifiedName, Domain> newDomains) {
        return new SchemaModel(schemas, extensions, enums, sequences, tables, views, routines,
                newDomains, compositeTypes, notCompared, access, comments, eventTriggers, operators,
                publications, rangeTypes);
    }
}
