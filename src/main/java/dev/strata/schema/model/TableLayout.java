package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a table is stored and where it sits in a partition or inheritance tree.
 *
 * @param unlogged whether it is UNLOGGED
 * @param options storage parameters (reloptions) such as {@code fillfactor=70}, sorted
 * @param partitionBy the partition key of a partitioned table as pg_get_partkeydef prints it,
 *     e.g. {@code RANGE (created_at)}; null for a table that is not partitioned
 * @param partitionOf the parent of a partition, else null
 * @param partitionBound a partition's bound as pg_get_expr prints it, e.g.
 *     {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')} or {@code DEFAULT}; else null
 * @param inherits the parents named in INHERITS, in order (none for a partition)
 */
public record TableLayout(boolean unlogged, List<String> options, @Nullable String partitionBy,
        @Nullable QualifiedName partitionOf, @Nullable String partitionBound, List<QualifiedName> inherits) {

    /** An ordinary logged table with default storage, in no tree. */
    public static final TableLayout PLAIN = new TableLayout(false, List.of(), null, null, null, List.of());

    public TableLayout {
        options = List.copyOf(options);
        inherits = List.copyOf(inherits);
    }

    /** The tables whose columns this one takes: its partition parent, or its INHERITS parents. */
    public List<QualifiedName> parents() {
        return partitionOf == null ? inherits : List.of(partitionOf);
    }
}
