package dev.strata.schema.inspect;

import dev.strata.schema.SchemaFilter;
import dev.strata.schema.model.CompositeType;
import dev.strata.schema.model.RangeType;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.Access;
import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.EnumType;
import dev.strata.schema.model.Extension;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads a database's schemas into a {@link SchemaModel} in one read-only, repeatable-read
 * transaction, so every query sees the same snapshot. The search path is emptied first: every
 * type and expression then comes back schema-qualified, the same text from any database.
 */
public final class SchemaInspector {

    private SchemaInspector() {
    }

    public static SchemaModel inspect(Connection connection, SchemaFilter filter) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog");
            return read(connection, filter);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private static SchemaModel read(Connection connection, SchemaFilter filter) throws SQLException {
        Array none = connection.createArrayOf("text", new String[0]);
        List<String> schemas = CatalogQuery.run(connection, "schemas", none, row -> row.getString("name"))
                .stream().filter(filter::includes).toList();
        Array names = connection.createArrayOf("text", schemas.toArray(String[]::new));
        List<Extension> extensions = CatalogQuery.run(connection, "extensions", names,
                row -> new Extension(row.getString("name"), row.getString("schema"), row.getString("version")));
        List<EnumType> enums = CatalogQuery.run(connection, "enums", names, row -> new EnumType(
                new QualifiedName(row.getString("schema"), row.getString("name")),
                CatalogQuery.strings(row, "labels"), row.getString("comment")));
        List<Sequence> sequences = CatalogQuery.run(connection, "sequences", names, SchemaInspector::sequence);
        TableInspector.Tables tables = TableInspector.read(connection, names, sequences);
        Map<QualifiedName, List<Trigger>> triggers = byTable(TriggerInspector.read(connection, names), Trigger::table);
        Map<QualifiedName, List<Policy>> policies = byTable(PolicyInspector.read(connection, names), Policy::table);
        GrantInspector.Privileges privileges = GrantInspector.privileges(connection, names);
        Set<QualifiedName> tableNames = tables.tables().stream().map(Table::name).collect(Collectors.toSet());
        // A table holds the privileges on it and on its columns; a view's are with the other objects'.
        Predicate<Securable> ofTable = object -> object.kind() == Securable.Kind.COLUMN
                || object.kind() == Securable.Kind.TABLE && tableNames.contains(object.name());
        Map<QualifiedName, List<Grant>> grants = byTable(privileges.grants().stream()
                .filter(g -> ofTable.test(g.object())).toList(), Grant::table);
        List<Table> complete = tables.tables().stream()
                .map(t -> new Table(t.name(), t.columns(), t.constraints(), t.indexes(),
                        triggers.getOrDefault(t.name(), List.of()), policies.getOrDefault(t.name(), List.of()),
                        grants.getOrDefault(t.name(), List.of()), t.rowSecurity(), t.forceRowSecurity(), t.comment(),
                        t.layout()))
                .toList();
        Map<QualifiedName, Sequence> standalone = byKey(tables.standaloneSequences(), Sequence::name);
        // A view holds its triggers, a materialized view its indexes.
        Map<QualifiedName, View> views = byKey(ViewInspector.read(connection, names).stream()
                .map(v -> v.with(tables.viewIndexes().getOrDefault(v.name(), List.of()),
                        triggers.getOrDefault(v.name(), List.of())))
                .toList(), View::name);
        Map<QualifiedName, Table> byName = byKey(complete, Table::name);
        // What the model leaves out (a serial's sequence, Flyway's table) has no privileges or owner in it.
        Predicate<Securable> modelled = object -> switch (object.kind()) {
            case TABLE -> byName.containsKey(object.name()) || views.containsKey(object.name());
            case COLUMN -> byName.containsKey(object.name());
            case SEQUENCE -> standalone.containsKey(object.name());
            default -> true;
        };
        Map<Securable, String> owners = new TreeMap<>();
        privileges.owners().forEach((object, owner) -> {
            if (modelled.test(object) && object.kind() != Securable.Kind.COLUMN) {
                owners.put(object, owner);
            }
        });
        Access access = new Access(privileges.grants().stream()
                .filter(g -> !ofTable.test(g.object()) && modelled.test(g.object())).toList(),
                GrantInspector.defaults(connection, names), owners);
        Map<CommentTarget, String> comments = new TreeMap<>();
        GrantInspector.comments(connection, names).forEach((target, comment) -> {
            if (!target.kind().equals("SEQUENCE") || standalone.keySet().stream()
                    .anyMatch(s -> Sql.name(s).equals(target.target()))) {
                comments.put(target, comment);
            }
        });
        return new SchemaModel(
                Collections.unmodifiableSortedSet(new TreeSet<>(schemas)),
                byKey(extensions, Extension::name),
                byKey(enums, EnumType::name),
                standalone,
                byName,
                views,
                byKey(RoutineInspector.read(connection, names), Routine::signature),
                byKey(TypeInspector.domains(connection, names), Domain::name),
                byKey(TypeInspector.composites(connection, names), CompositeType::name),
                notCompared(connection, names),
                access,
                Collections.unmodifiableMap(comments),
                EventTriggerInspector.read(connection, names),
                OperatorInspector.read(connection, names),
                PublicationInspector.read(connection, names),
                byKey(TypeInspector.ranges(connection, names), RangeType::name));
    }

    /** How many objects of each kind the model does not hold there are. */
    private static Map<String, Integer> notCompared(Connection connection, Array schemas) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        CatalogQuery.run(connection, "not_compared", schemas, row -> counts.put(row.getString("kind"), row.getInt("count")));
        return counts;
    }

    private static Sequence sequence(java.sql.ResultSet row) throws SQLException {
        return new Sequence(new QualifiedName(row.getString("schema"), row.getString("name")),
                row.getString("data_type"), row.getLong("start"), row.getLong("increment"),
                row.getLong("min_value"), row.getLong("max_value"), row.getLong("cache"), row.getBoolean("cycle"),
                row.getString("owned_by"));
    }

    static <K extends Comparable<K>, V> Map<K, V> byKey(List<V> values, Function<V, K> key) {
        Map<K, V> map = new TreeMap<>();
        values.forEach(value -> map.put(key.apply(value), value));
        return Collections.unmodifiableMap(map);
    }

    /** Groups rows of a child kind by their table, keeping query order. */
    static <V> Map<QualifiedName, List<V>> byTable(List<V> values, Function<V, QualifiedName> table) {
        Map<QualifiedName, List<V>> map = new LinkedHashMap<>();
        values.forEach(value -> map.computeIfAbsent(table.apply(value), k -> new java.util.ArrayList<>()).add(value));
        return map;
    }
}
