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
 */
public record Table(QualifiedName name, List<Column> columns, List<Constraint> constraints, List<Index> indexes,
        List<Trigger> triggers, List<Policy> policies, List<Grant> grants, boolean rowSecurity,
        boolean forceRowSecurity, @Nullable String comment) {

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
