package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import org.jspecify.annotations.Nullable;

/**
 * One table as it is on each side, after asserted renames are applied: {@code from} is null for
 * a created table, {@code to} null for a dropped one. Children (triggers, policies, grants...)
 * are compared pair by pair.
 */
record TablePair(@Nullable Table from, @Nullable Table to) {

    /** The table's name in the target schema (or its old name when it is dropped). */
    public QualifiedName name() {
        Table table = to != null ? to : from;
        return java.util.Objects.requireNonNull(table).name();
    }
}
