package dev.strata.schema.model;

import org.jspecify.annotations.Nullable;

/**
 * A sequence that is not an identity's or a serial column's (those belong to their column).
 *
 * @param ownedBy {@code table.column} when it is OWNED BY a column, else null
 */
public record Sequence(QualifiedName name, String dataType, long start, long increment, long minValue,
        long maxValue, long cache, boolean cycle, @Nullable String ownedBy) {
}
