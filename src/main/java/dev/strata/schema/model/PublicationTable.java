package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table a publication lists.
 *
 * @param columns its column list, empty for every column
 * @param where its row filter as pg_get_expr prints it, null for every row
 */
public record PublicationTable(QualifiedName table, List<String> columns, @Nullable String where) {

    public PublicationTable {
        columns = List.copyOf(columns);
    }

    /** How {@code FOR TABLE} and {@code ADD TABLE} name it: {@code schema.table (a, b) WHERE (...)}. */
    public String sql() {
        StringBuilder sql = new StringBuilder(Sql.name(table));
        if (!columns.isEmpty()) {
            sql.append(" (").append(String.join(", ", columns.stream().map(Sql::ident).toList())).append(')');
        }
        if (where != null) {
            sql.append(" WHERE (").append(where).append(')');
        }
        return sql.toString();
    }
}
