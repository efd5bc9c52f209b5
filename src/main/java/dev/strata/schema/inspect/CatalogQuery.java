package dev.strata.schema.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one catalog query from {@code dev/strata/schema/inspect/<kind>.sql}. Every query takes a
 * single parameter, the {@code text[]} of schema names to read, and returns every object of its
 * kind in those schemas at once: never one query per table.
 */
final class CatalogQuery {

    /** Maps one row; may throw as JDBC does. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private CatalogQuery() {
    }

    static <T> List<T> run(Connection connection, String kind, Array schemas, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(kind))) {
            statement.setArray(1, schemas);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    /** A text[] column as a list (empty for NULL). */
    static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String sql(String kind) {
        String resource = kind + ".sql";
        try (InputStream in = CatalogQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
