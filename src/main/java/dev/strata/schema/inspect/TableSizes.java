package dev.strata.schema.inspect;

import dev.strata.schema.TableSize;
import dev.strata.schema.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Reads PostgreSQL's estimates of how big each table is: what a rewrite of it would copy. */
public final class TableSizes {

    private static final String QUERY = """
            SELECT n.nspname, c.relname, c.reltuples::bigint, pg_catalog.pg_total_relation_size(c.oid)
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            """;

    private TableSizes() {
    }

    /** Every table's estimate, by name: never analyzed ones with a negative row count. */
    public static Map<QualifiedName, TableSize> read(Connection connection) throws SQLException {
        Map<QualifiedName, TableSize> sizes = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(QUERY)) {
            while (rows.next()) {
                sizes.put(new QualifiedName(rows.getString(1), rows.getString(2)),
                        new TableSize(rows.getLong(3), rows.getLong(4)));
            }
        }
        return sizes;
    }
}
