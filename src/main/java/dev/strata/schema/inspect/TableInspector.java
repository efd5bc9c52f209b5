package dev.strata.schema.inspect;

import dev.strata.schema.SchemaFilter;
import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.IdentityOptions;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.TableLayout;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads tables with their columns, constraints and indexes in four bulk queries, and folds a
 * serial column's sequence back into the column ({@code serial}), so {@code serial} and its
 * long-hand spelling compare equal.
 */
final class TableInspector {

    /**
     * The tables, the sequences that are not part of a serial column, and the indexes of
     * materialized views by view.
     */
    record Tables(List<Table> tables, List<Sequence> standaloneSequences, Map<QualifiedName, List<Index>> viewIndexes) {
    }

    /**
     * pg_get_indexdef prints a partitioned table's index {@code ON ONLY}, which would build it on
     * the parent alone; created without ONLY it is built on every partition, as it was.
     */
    private static final Pattern ON_ONLY = Pattern.compile(" ON ONLY ");

    private TableInspector() {
    }

    static Tables read(Connection connection, Array schemas, List<Sequence> sequences) throws SQLException {
        Map<QualifiedName, List<Column>> columns = SchemaInspector.byTable(
                CatalogQuery.run(connection, "columns", schemas, TableInspector::columnRow), ColumnRow::table)
                .entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(ColumnRow::column).toList()));
        Map<QualifiedName, List<ConstraintRow>> constraints = SchemaInspector.byTable(
                CatalogQuery.run(connection, "constraints", schemas, TableInspector::constraintRow), ConstraintRow::table);
        Map<QualifiedName, List<IndexRow>> indexes = SchemaInspector.byTable(
                CatalogQuery.run(connection, "indexes", schemas, TableInspector::indexRow), IndexRow::table);
        SerialColumns serials = new SerialColumns(sequences);
        List<Table> tables = CatalogQuery.run(connection, "tables", schemas, row -> {
            QualifiedName name = new QualifiedName(row.getString("schema"), row.getString("name"));
            return new Table(name,
                    columns.getOrDefault(name, List.of()).stream().map(c -> serials.fold(name, c)).toList(),
                    constraints.getOrDefault(name, List.of()).stream().map(ConstraintRow::constraint).toList(),
                    indexes.getOrDefault(name, List.of()).stream().map(IndexRow::index).toList(),
                    List.of(), List.of(), List.of(),
                    row.getBoolean("row_security"), row.getBoolean("force_row_security"), row.getString("comment"),
                    layout(row));
        });
        // Flyway's bookkeeping, in whichever schema it lives, is not schema to compare.
        Map<QualifiedName, List<Index>> viewIndexes = new java.util.HashMap<>();
        indexes.forEach((relation, rows) -> {
            if (rows.getFirst().view()) {
                viewIndexes.put(relation, rows.stream().map(IndexRow::index).toList());
            }
        });
        return new Tables(tables.stream().filter(t -> !SchemaFilter.EXCLUDED_TABLES.contains(t.name().name())).toList(),
                serials.standalone(), viewIndexes);
    }

    private record ColumnRow(QualifiedName table, Column column) {
    }

    private record ConstraintRow(QualifiedName table, Constraint constraint) {
    }

    /** @param view whether the index is on a materialized view */
    private record IndexRow(QualifiedName table, Index index, boolean view) {
    }

    private static QualifiedName table(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema"), row.getString("table_name"));
    }

    private static TableLayout layout(ResultSet row) throws SQLException {
        String parent = row.getString("partition_of_name");
        List<String> schemas = CatalogQuery.strings(row, "inherits_schemas");
        List<String> names = CatalogQuery.strings(row, "inherits_names");
        List<QualifiedName> inherits = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            inherits.add(new QualifiedName(schemas.get(i), names.get(i)));
        }
        return new TableLayout(row.getBoolean("unlogged"), CatalogQuery.strings(row, "options"),
                row.getString("partition_by"),
                parent == null ? null : new QualifiedName(row.getString("partition_of_schema"), parent),
                row.getString("partition_bound"), inherits);
    }

    private static ColumnRow columnRow(ResultSet row) throws SQLException {
        Column column = new Column(row.getString("name"), row.getString("type"), row.getBoolean("not_null"),
                Expressions.canonical(row.getString("default_expression")), identity(row.getString("identity")),
                row.getString("generated"), row.getString("collation"), row.getString("comment"),
                identityOptions(row));
        return new ColumnRow(table(row), column);
    }

    /** start, increment, min, max, cache, cycle (0 or 1) of an identity's sequence; null for other columns. */
    private static @Nullable IdentityOptions identityOptions(ResultSet row) throws SQLException {
        Array array = row.getArray("identity_options");
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        long[] o = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            o[i] = ((Number) values[i]).longValue();
        }
        return new IdentityOptions(o[0], o[1], o[2], o[3], o[4], o[5] != 0);
    }

    private static Column.Identity identity(@Nullable String attidentity) {
        return switch (attidentity == null ? "" : attidentity) {
            case "a" -> Column.Identity.ALWAYS;
            case "d" -> Column.Identity.BY_DEFAULT;
            default -> Column.Identity.NONE;
        };
    }

    private static ConstraintRow constraintRow(ResultSet row) throws SQLException {
        String refTable = row.getString("ref_table");
        QualifiedName references = refTable == null ? null : new QualifiedName(row.getString("ref_schema"), refTable);
        return new ConstraintRow(table(row), new Constraint(row.getString("name"),
                Constraint.Kind.of(row.getString("kind")), row.getString("definition"),
                CatalogQuery.strings(row, "columns"), references));
    }

    private static IndexRow indexRow(ResultSet row) throws SQLException {
        return new IndexRow(table(row),
                new Index(row.getString("name"), ON_ONLY.matcher(row.getString("definition")).replaceFirst(" ON "),
                        row.getBoolean("is_unique")), row.getBoolean("on_view"));
    }

    /**
     * Tracks which sequences a serial column absorbed. A serial's sequence has the one name
     * {@code serial} gives it, so each column looks up that name only.
     */
    private static final class SerialColumns {
        private final List<Sequence> sequences;
        private final Map<QualifiedName, Sequence> byName = new java.util.HashMap<>();
        private final java.util.Set<QualifiedName> absorbed = new java.util.HashSet<>();

        SerialColumns(List<Sequence> sequences) {
            this.sequences = sequences;
            sequences.forEach(sequence -> byName.put(sequence.name(), sequence));
        }

        Column fold(QualifiedName table, Column column) {
            QualifiedName name = Serials.sequenceName(table, column.name());
            Sequence sequence = name == null ? null : byName.get(name);
            String serial = sequence == null ? null : Serials.serialType(sequence, column, table);
            if (serial == null) {
                return column;
            }
            absorbed.add(name);
            return new Column(column.name(), serial, column.notNull(), null, column.identity(),
                    null, column.collation(), column.comment(), column.identityOptions());
        }

        List<Sequence> standalone() {
            return sequences.stream().filter(s -> !absorbed.contains(s.name())).toList();
        }
    }
}
