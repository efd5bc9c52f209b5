package dev.strata.schema.corpus;

import dev.strata.schema.model.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Puts one row into every user table, read generically from the catalog: referenced tables
 * first; a foreign key takes the referenced row's values, or NULL when that table has no row
 * and the column allows it; every other column without a default gets a value of its type's
 * category (a second attempt fills only the NOT NULL ones) (for a text column under a CHECK that lists literals, the first of them). Columns
 * with a default keep it. A table is skipped, with the reason, when no attempt satisfies its
 * constraints: a CHECK that needs a particular value of a non-text column, a NOT NULL foreign
 * key to a skipped table, a partitioned table without a partition for the row, a type with no
 * generic value.
 */
final class Seeder {

    /** The outcome: the tables that got their row, and the others with the reason. */
    record Seeded(List<QualifiedName> tables, Map<String, String> skipped) {
    }

    private record ColumnInfo(String name, String type, char category, boolean notNull, boolean omitted,
            List<String> enumLabels) {
    }

    private record ForeignKey(List<String> columns, String referenced, List<String> referencedColumns) {
    }

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private Seeder() {
    }

    static Seeded seed(ScratchDatabase database, Map<QualifiedName, String> leaveEmpty) {
        try (Connection connection = database.database().connect(); Statement statement = connection.createStatement()) {
            Map<String, List<ColumnInfo>> columns = columns(statement);
            Map<String, List<ForeignKey>> keys = foreignKeys(statement);
            Map<String, Map<String, List<String>>> checkLiterals = checkLiterals(statement);
            Map<String, QualifiedName> names = names(statement);
            Set<String> seeded = new LinkedHashSet<>();
            Map<String, String> skipped = new LinkedHashMap<>();
            for (String table : dependencyOrder(columns.keySet(), keys)) {
                String failure = leaveEmpty.containsKey(names.get(table)) ? leaveEmpty.get(names.get(table))
                        : insert(statement, table, columns.get(table), keys.getOrDefault(table, List.of()),
                                checkLiterals.getOrDefault(table, Map.of()), seeded);
                if (failure == null) {
                    seeded.add(table);
                } else {
                    skipped.put(table, failure);
                }
            }
            return new Seeded(seeded.stream().map(names::get).toList(), skipped);
        } catch (SQLException e) {
            throw new IllegalStateException("seeding " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** The number of rows of a table, or -1 when it does not exist. */
    static long rows(ScratchDatabase database, QualifiedName table) {
        String name = ident(table.schema()) + "." + ident(table.name());
        List<String> exists = database.database().column("SELECT to_regclass(" + literal(name) + ")");
        if (exists.getFirst() == null) {
            return -1;
        }
        return Long.parseLong(database.database().column("SELECT count(*) FROM " + name).getFirst());
    }

    private static Map<String, QualifiedName> names(Statement statement) throws SQLException {
        Map<String, QualifiedName> names = new LinkedHashMap<>();
        try (ResultSet row = statement.executeQuery(query("tables"))) {
            while (row.next()) {
                names.put(row.getString("tbl"), new QualifiedName(row.getString("nspname"), row.getString("relname")));
            }
        }
        return names;
    }

    /** Ordinary and partitioned tables outside PostgreSQL's schemas and not part of an extension. */
    private static final String USER_TABLES = "c.relkind IN ('r', 'p') AND n.nspname NOT LIKE 'pg\\_%'"
            + " AND n.nspname <> 'information_schema' AND NOT EXISTS (SELECT 1 FROM pg_depend d"
            + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')";

    /** A catalog query of this package's resources, {@code <name>.sql}, for the user tables. */
    private static String query(String name) {
        try (var in = Seeder.class.getResourceAsStream(name + ".sql")) {
            return new String(java.util.Objects.requireNonNull(in, name).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8).replace("{user_tables}", USER_TABLES);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, List<ColumnInfo>> columns(Statement statement) throws SQLException {
        return byTable(statement, query("columns"), row -> new ColumnInfo(
                        row.getString("attname"), row.getString("type"), row.getString("category").charAt(0),
                        row.getBoolean("attnotnull"), row.getBoolean("omitted"), strings(row, "labels")));
    }

    /** A row of a catalog query as a value. */
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows of a query, grouped by its {@code tbl} column. */
    private static <T> Map<String, List<T>> byTable(Statement statement, String sql, RowReader<T> reader)
            throws SQLException {
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        try (ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                grouped.computeIfAbsent(row.getString("tbl"), k -> new ArrayList<>()).add(reader.read(row));
            }
        }
        return grouped;
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        return List.of((String[]) row.getArray(column).getArray());
    }

    private static Map<String, List<ForeignKey>> foreignKeys(Statement statement) throws SQLException {
        return byTable(statement, query("foreign-keys"),
                row -> new ForeignKey(strings(row, "cols"), row.getString("ref"), strings(row, "refcols")));
    }

    /** For each table and single column under a CHECK, the string literals the CHECK names. */
    private static Map<String, Map<String, List<String>>> checkLiterals(Statement statement) throws SQLException {
        Map<String, Map<String, List<String>>> literals = new LinkedHashMap<>();
        try (ResultSet row = statement.executeQuery(query("checks"))) {
            while (row.next()) {
                Matcher matcher = LITERAL.matcher(row.getString("definition"));
                List<String> found = new ArrayList<>();
                while (matcher.find()) {
                    found.add(matcher.group(1).replace("''", "'"));
                }
                if (!found.isEmpty()) {
                    literals.computeIfAbsent(row.getString("tbl"), k -> new LinkedHashMap<>())
                            .putIfAbsent(row.getString("attname"), found);
                }
            }
        }
        return literals;
    }

    /** Referenced tables before the tables that reference them; cycles broken in name order. */
    private static List<String> dependencyOrder(Set<String> tables, Map<String, List<ForeignKey>> keys) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, tables, keys, visiting, order);
        }
        return order;
    }

    private static void visit(String table, Set<String> tables, Map<String, List<ForeignKey>> keys,
            Set<String> visiting, List<String> order) {
        if (order.contains(table) || !visiting.add(table)) {
            return;
        }
        for (ForeignKey key : keys.getOrDefault(table, List.of())) {
            if (tables.contains(key.referenced())) {
                visit(key.referenced(), tables, keys, visiting, order);
            }
        }
        order.add(table);
    }

    /** Inserts the row; null when it went in, else why not. */
    private static String insert(Statement statement, String table, List<ColumnInfo> columns, List<ForeignKey> keys,
            Map<String, List<String>> checkLiterals, Set<String> seeded) throws SQLException {
        Map<String, String> fromKeys = new LinkedHashMap<>();
        for (ForeignKey key : keys) {
            Map<String, String> values = referencedValues(statement, key, seeded);
            for (int i = 0; i < key.columns().size(); i++) {
                String column = key.columns().get(i);
                String value = values == null ? null : values.get(key.referencedColumns().get(i));
                if (value == null && notNull(columns, column)) {
                    return "NOT NULL foreign key " + column + " to " + key.referenced() + ", which has no row";
                }
                fromKeys.putIfAbsent(column, value == null ? "NULL" : literal(value));
            }
        }
        String lastError = "";
        for (boolean fillNullable : new boolean[] {true, false}) {
            Map<String, String> values = new LinkedHashMap<>();
            for (ColumnInfo column : columns) {
                String fromKey = fromKeys.get(column.name());
                if (fromKey != null) {
                    values.put(column.name(), fromKey + "::" + column.type());
                } else if (!column.omitted() && (column.notNull() || fillNullable)) {
                    String value = value(column, checkLiterals.get(column.name()));
                    if (value == null && column.notNull()) {
                        return "no generic value for column " + column.name() + " of type " + column.type();
                    }
                    if (value != null) {
                        values.put(column.name(), value);
                    }
                }
            }
            String sql = values.isEmpty() ? "INSERT INTO " + table + " DEFAULT VALUES"
                    : "INSERT INTO " + table + " (" + values.keySet().stream().map(Seeder::ident)
                            .collect(Collectors.joining(", ")) + ") VALUES (" + String.join(", ", values.values()) + ")";
            try {
                statement.execute(sql);
                return null;
            } catch (SQLException e) {
                lastError = e.getMessage().lines().findFirst().orElse("");
            }
        }
        return lastError;
    }

    private static boolean notNull(List<ColumnInfo> columns, String name) {
        return columns.stream().anyMatch(c -> c.name().equals(name) && c.notNull());
    }

    /** The referenced columns' values of the referenced table's row, or null when it has none. */
    private static Map<String, String> referencedValues(Statement statement, ForeignKey key, Set<String> seeded)
            throws SQLException {
        if (!seeded.contains(key.referenced())) {
            return null;
        }
        try (ResultSet row = statement.executeQuery("SELECT " + key.referencedColumns().stream()
                .map(c -> ident(c) + "::text").collect(Collectors.joining(", ")) + " FROM " + key.referenced()
                + " LIMIT 1")) {
            if (!row.next()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < key.referencedColumns().size(); i++) {
                values.put(key.referencedColumns().get(i), row.getString(i + 1));
            }
            return values;
        }
    }

    /** A value of the column's type, by its type category (pg_type.typcategory); null when there is none. */
    private static String value(ColumnInfo column, List<String> checkLiterals) {
        String type = column.type();
        if (column.category() == 'A') {
            return "'{}'::" + type;
        }
        String text = switch (column.category()) {
            case 'N' -> "1";
            case 'B' -> "true";
            case 'D' -> type.startsWith("time ") || type.equals("time") ? "12:00" : "2025-01-01 12:00:00+00";
            case 'T' -> "1 day";
            case 'I' -> "127.0.0.1";
            case 'V' -> "1";
            case 'E' -> column.enumLabels().isEmpty() ? null : column.enumLabels().getFirst();
            case 'S' -> checkLiterals == null ? "x" : checkLiterals.getFirst();
            case 'U' -> switch (type) {
                case "uuid" -> "00000000-0000-4000-8000-000000000001";
                case "json", "jsonb" -> "{}";
                case "bytea" -> "\\x00";
                case "tsvector" -> "";
                default -> null;
            };
            default -> null;
        };
        return text == null ? null : literal(text) + "::" + type;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
