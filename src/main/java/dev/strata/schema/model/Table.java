package dev.strata.schema.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table with what lives and dies with it.
 *
 * @param columns in attnum order (order is not compared)
 * @param rowSecurity whether row-level security is enabled
 * @param forceRowSecurity whether it is forced for the owner too
 * @param layout storage, partitioning and inheritance; a partition's or an inheriting table's
 *     columns hold only those it does not take from a parent
 */
public record Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes,
        List<Trigger> triggers, List<Policy> policies, List<Grant> grants, boolean rowSecurity,
        boolean forceRowSecurity, @Nullable String comment, TableLayout layout) {

    /** An ordinary table ({@link TableLayout#PLAIN}). */
    public Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes,
            List<Trigger> triggers, List<Policy> policies, List<Grant> grants, boolean rowSecurity,
            boolean forceRowSecurity, @Nullable String comment) {
        this(name, columns, constraints, indexes, triggers, policies, grants, rowSecurity, forceRowSecurity, comment,
                TableLayout.PLAIN);
    }

    /** The same table with these columns: every other part, its layout included, is kept. */
    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, constraints, indexes, triggers, policies, grants, rowSecurity,
                forceRowSecurity, comment, layout);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
