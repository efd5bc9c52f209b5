package dev.strata.schema.diff;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables in which a column changes type. PostgreSQL refuses ALTER COLUMN ... TYPE while a
 * view, trigger or policy uses the column, so those are dropped before and created after.
 */
final class RebuiltTables {

    private RebuiltTables() {
    }

    /** Each such table by both its names, as in {@code from} and as in {@code to}. */
    public static Set<QualifiedName> of(List<TablePair> pairs) {
        Set<QualifiedName> rebuilt = new TreeSet<>();
        for (TablePair pair : pairs) {
            if (pair.from() != null && pair.to() != null && retypesAColumn(pair.from(), pair.to())) {
                rebuilt.add(pair.from().name());
                rebuilt.add(pair.to().name());
            }
        }
        return rebuilt;
    }

    private static boolean retypesAColumn(Table from, Table to) {
        for (Column column : from.columns()) {
            if (to.column(column.name()).filter(after -> !after.type().equals(column.type())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code rebuilt} holds the pair's table by either of its names. */
    static boolean includes(Set<QualifiedName> rebuilt, TablePair pair) {
        return rebuilt.contains(pair.name()) || pair.from() != null && rebuilt.contains(pair.from().name());
    }

    /** Whether a column of {@code from} is gone from {@code to}: what used it must change first. */
    static boolean losesAColumn(TablePair pair) {
        Table from = pair.from();
        Table to = pair.to();
        return from != null && to != null
                && from.columns().stream().anyMatch(column -> to.column(column.name()).isEmpty());
    }
}
