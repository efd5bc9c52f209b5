package dev.strata.schema.inspect;

import dev.strata.schema.model.Column;
import dev.strata.schema.model.Constraint;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.Index;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decides in one database whether expressions that two inspections printed differently mean the
 * same, so that a spelling never becomes a difference. The two models usually come from two
 * databases, where the same object may have been written two ways ({@code IN (...)} against
 * {@code = ANY (ARRAY[...])}, a literal with or without its cast, {@code CURRENT_TIMESTAMP}
 * against {@code now()}); PostgreSQL keeps each as parsed. Only pairs whose text differs are
 * asked about; each side is given to the server and read back in its canonical form:
 * <ul>
 * <li>defaults and generated expressions: planned as the value assigned to the column
 *     ({@code EXPLAIN VERBOSE INSERT}), which adds the column's own cast and folds constants;</li>
 * <li>check constraints, policy expressions and partial-index predicates: created on a throwaway
 *     table where needed, read back with {@code pg_get_expr}, and planned ({@code EXPLAIN VERBOSE
 *     SELECT}), which folds constants such as {@code ARRAY['A'::varchar]::text[]};</li>
 * <li>indexes, triggers and views: created on a throwaway table (or as a temporary view) and read
 *     back with {@code pg_get_indexdef}, {@code pg_get_triggerdef}, {@code pg_get_viewdef};</li>
 * <li>view options: boolean values as PostgreSQL reads them ({@code on} is {@code true});</li>
 * <li>SQL-standard routine bodies: created again as temporary routines and read back with
 *     {@code pg_get_functiondef}.</li>
 * </ul>
 * {@code CURRENT_TIMESTAMP} and {@code transaction_timestamp()} read as {@code now()}
 * (PostgreSQL documents them as the same function) in the server's output.
 * <p>
 * Everything runs in one transaction that is rolled back: throwaway tables are temporary and live
 * in it only, so the database is left as it was (the role needs the TEMPORARY privilege; without
 * it every pair keeps its textual verdict). A side the server refuses (an object it names does
 * not exist there) keeps the pair different, which is the textual verdict. Where they are equal,
 * the {@code to} model takes the {@code from} text, so the comparison that follows sees no change.
 */
public final class Equivalence {

    private static final String TABLE = "strata_canon_";
    private static final String PROBE = "strata_canon_probe";

    private final Connection connection;
    private final Map<QualifiedName, Optional<String>> throwaway = new HashMap<>();

    private Equivalence(Connection connection) {
        this.connection = connection;
    }

    /**
     * {@code to} with every default, generated expression, check, index, trigger, policy and view
     * that the server behind {@code connection} finds equal to its namesake in {@code from}
     * spelled as in {@code from}.
     */
    public static SchemaModel align(Connection connection, SchemaModel from, SchemaModel to) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL search_path = pg_catalog");
            Equivalence equivalence = new Equivalence(connection);
            Map<QualifiedName, Table> tables = new TreeMap<>(to.tables());
            for (Table table : to.tables().values()) {
                Table before = from.tables().get(table.name());
                if (before != null && !before.equals(table)) {
                    tables.put(table.name(), equivalence.table(before, table));
                }
            }
            Map<QualifiedName, View> views = new TreeMap<>(to.views());
            for (View view : to.views().values()) {
                View before = from.views().get(view.name());
                if (before != null && !before.equals(view)) {
                    views.put(view.name(), equivalence.view(before, view));
                }
            }
            Map<QualifiedName, Domain> domains = new TreeMap<>(to.domains());
            for (Domain domain : to.domains().values()) {
                Domain before = from.domains().get(domain.name());
                if (before != null && !before.equals(domain)) {
                    domains.put(domain.name(), equivalence.domain(before, domain));
                }
            }
            Map<String, Routine> routines = new TreeMap<>(to.routines());
            for (Routine routine : to.routines().values()) {
                Routine before = from.routines().get(routine.signature());
                if (before != null && !before.definition().equals(routine.definition())
                        && same(equivalence.canonicalRoutine(before), equivalence.canonicalRoutine(routine))) {
                    routines.put(routine.signature(), new Routine(routine.name(), routine.arguments(),
                            routine.procedure(), routine.result(), before.definition(), routine.usesTables()));
                }
            }
            return to.with(tables, views).withDomains(domains).withRoutines(routines);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private Table table(Table from, Table to) throws SQLException {
        List<Column> columns = new ArrayList<>();
        for (Column column : to.columns()) {
            Column before = from.column(column.name()).orElse(null);
            columns.add(before == null ? column : column(to, before, column));
        }
        List<Constraint> constraints = matched(from.constraints(), to.constraints(), Constraint::name,
                Constraint::definition, c -> c.kind() == Constraint.Kind.CHECK ? canonicalCheck(to, c.definition()) : null,
                (constraint, before) -> before);
        List<Index> indexes = matched(from.indexes(), to.indexes(), Index::name, Index::definition,
                index -> canonicalIndex(to, index), (index, before) -> new Index(index.name(), before.definition(),
                        before.unique()));
        List<Trigger> triggers = matched(from.triggers(), to.triggers(), Trigger::name, Trigger::definition,
                trigger -> canonicalTrigger(to, trigger),
                (trigger, before) -> trigger.withDefinition(before.definition()));
        List<Policy> policies = new ArrayList<>();
        for (Policy policy : to.policies()) {
            Policy before = named(from.policies(), Policy::name, policy.name());
            policies.add(before == null ? policy : new Policy(policy.table(), policy.name(), policy.permissive(),
                    policy.command(), policy.roles(), predicate(to, before.using(), policy.using()),
                    predicate(to, before.withCheck(), policy.withCheck())));
        }
        return new Table(to.name(), columns, constraints, indexes, triggers, policies, to.grants(), to.rowSecurity(),
                to.forceRowSecurity(), to.comment(), to.layout());
    }

    /**
     * The domain with {@code from}'s checks and default where the server finds them equal: each
     * is tried on a throwaway table with one column of the base type named {@code value}, the
     * way a table's check and default are.
     */
    private Domain domain(Domain from, Domain to) throws SQLException {
        if (!from.baseType().equals(to.baseType()) || !Objects.equals(from.collation(), to.collation())) {
            return to;
        }
        Column value = new Column("value", to.baseType(), false, null, Column.Identity.NONE, null, to.collation(), null);
        Table probe = new Table(to.name().withName(TABLE + "domain_" + to.name().name()), List.of(value), List.of(),
                List.of(), List.of(), List.of(), List.of(), false, false, null);
        List<Domain.Check> checks = matched(from.checks(), to.checks(), Domain.Check::name, Domain.Check::definition,
                check -> canonicalCheck(probe, check.definition().replace("VALUE", "value")),
                (check, before) -> before);
        String defaultExpression = assigned(probe, "value", from.defaultExpression(), to.defaultExpression());
        return new Domain(to.name(), to.baseType(), defaultExpression, to.notNull(), to.collation(), checks,
                to.comment());
    }

    /** The column with {@code from}'s default or generated expression where the server finds them equal. */
    private Column column(Table table, Column from, Column to) throws SQLException {
        if (!from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation())) {
            return to;
        }
        String defaultExpression = assigned(table, to.name(), from.defaultExpression(), to.defaultExpression());
        String generated = assigned(table, to.name(), from.generated(), to.generated());
        return new Column(to.name(), to.type(), to.notNull(), defaultExpression, to.identity(), generated,
                to.collation(), to.comment(), to.identityOptions());
    }

    /** How the server prints one object, null when it cannot. */
    @FunctionalInterface
    private interface Canonical<T> {
        @Nullable String of(T object) throws SQLException;
    }

    /**
     * {@code to}'s objects, each spelled as its namesake in {@code from} ({@code spelledAs(object,
     * namesake)}) when their definitions differ as text but not in the server's canonical form.
     */
    private static <T> List<T> matched(List<T> from, List<T> to, Function<T, String> name,
            Function<T, String> definition, Canonical<T> canonical, BinaryOperator<T> spelledAs) throws SQLException {
        List<T> result = new ArrayList<>();
        for (T object : to) {
            T before = named(from, name, name.apply(object));
            boolean same = before != null && !definition.apply(before).equals(definition.apply(object))
                    && same(canonical.of(before), canonical.of(object));
            result.add(same ? spelledAs.apply(object, before) : object);
        }
        return result;
    }

    /** {@code from} when both expressions, assigned to the column, plan to the same thing; else {@code to}. */
    private @Nullable String assigned(Table table, String column, @Nullable String from, @Nullable String to)
            throws SQLException {
        if (from == null || to == null || from.equals(to)) {
            return to;
        }
        String target = throwaway(table);
        if (target == null) {
            return to;
        }
        String insert = "EXPLAIN (VERBOSE, COSTS OFF) INSERT INTO " + target + " (" + Sql.ident(column) + ") SELECT ("
                + "%s) FROM " + target;
        return same(plan(insert.formatted(from)), plan(insert.formatted(to))) ? from : to;
    }

    /** {@code from} when both predicates plan to the same thing on the table; else {@code to}. */
    private @Nullable String predicate(Table table, @Nullable String from, @Nullable String to) throws SQLException {
        if (from == null || to == null || from.equals(to)) {
            return to;
        }
        return same(folded(table, from), folded(table, to)) ? from : to;
    }

    private @Nullable String folded(Table table, String expression) throws SQLException {
        String target = throwaway(table);
        return target == null ? null
                : plan("EXPLAIN (VERBOSE, COSTS OFF) SELECT (" + expression + ") FROM " + target);
    }

    /** The check's flags and its planned expression, from a throwaway copy of it. */
    private @Nullable String canonicalCheck(Table table, String definition) throws SQLException {
        String target = throwaway(table);
        if (target == null) {
            return null;
        }
        return attempt(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + target + " ADD CONSTRAINT " + PROBE + " " + definition);
            }
            String expression;
            String flags;
            try (PreparedStatement query = connection.prepareStatement("SELECT pg_get_expr(conbin, conrelid),"
                    + " convalidated, connoinherit FROM pg_constraint WHERE conrelid = ?::regclass AND conname = ?")) {
                query.setString(1, target);
                query.setString(2, PROBE);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    expression = row.getString(1);
                    flags = row.getBoolean(2) + " " + row.getBoolean(3);
                }
            }
            return flags + " " + explain("EXPLAIN (VERBOSE, COSTS OFF) SELECT (" + expression + ") FROM " + target);
        });
    }

    /** The index built on a throwaway copy of its table: its definition, with a partial index's predicate planned. */
    private @Nullable String canonicalIndex(Table table, Index index) throws SQLException {
        String target = throwaway(table);
        String rest = after(index.definition(), " ON " + Sql.name(table.name()) + " USING ");
        if (target == null || rest == null) {
            return null;
        }
        return attempt(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute((index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + PROBE + " ON " + target
                        + " USING " + rest);
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT pg_get_indexdef(x.indexrelid),"
                    + " pg_get_expr(x.indpred, x.indrelid) FROM pg_index x WHERE x.indexrelid = ?::regclass")) {
                query.setString(1, "pg_temp." + PROBE);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    String definition = row.getString(1);
                    String predicate = row.getString(2);
                    if (predicate == null || !definition.endsWith(" WHERE " + predicate)) {
                        return definition;
                    }
                    return definition.substring(0, definition.length() - predicate.length())
                            + explain("EXPLAIN (VERBOSE, COSTS OFF) SELECT (" + predicate + ") FROM " + target);
                }
            }
        });
    }

    /** The trigger created on a throwaway copy of its table, as pg_get_triggerdef prints it. */
    private @Nullable String canonicalTrigger(Table table, Trigger trigger) throws SQLException {
        String target = throwaway(table);
        String definition = trigger.definition();
        String head = definition.startsWith("CREATE CONSTRAINT TRIGGER ") ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
        String rest = after(definition, head + Sql.ident(trigger.name()) + " ");
        String on = " ON " + Sql.name(table.name()) + " ";
        if (target == null || rest == null || !rest.contains(on)) {
            return null;
        }
        String probe = head + PROBE + " " + rest.replaceFirst(java.util.regex.Pattern.quote(on),
                java.util.regex.Matcher.quoteReplacement(" ON " + target + " "));
        return attempt(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(probe);
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = ?::regclass AND tgname = ?")) {
                query.setString(1, target);
                query.setString(2, PROBE);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    private View view(View from, View to) throws SQLException {
        String definition = to.definition();
        if (!from.definition().equals(definition)
                && same(canonicalView(from.definition()), canonicalView(definition))) {
            definition = from.definition();
        }
        List<String> options = to.options();
        if (!from.options().equals(options) && Objects.equals(options(from.options()), options(options))) {
            options = from.options();
        }
        return new View(to.name(), to.materialized(), definition, options, to.dependsOn(), to.comment(),
                to.indexes(), to.triggers());
    }

    /**
     * A SQL-standard body as PostgreSQL prints it once created from its own printed form, which
     * is not always the same text ({@code (a AND b) AND c} comes back as {@code a AND b AND c}):
     * the routine is created again as a temporary one and its body read back under the header as
     * written (which holds the parameters' defaults). Null for
     * other bodies (kept as written, so their text decides) and when the server refuses.
     */
    private @Nullable String canonicalRoutine(Routine routine) throws SQLException {
        String definition = routine.definition();
        String kind = routine.procedure() ? "PROCEDURE " : "FUNCTION ";
        String header = "CREATE OR REPLACE " + kind + Sql.name(routine.name()) + "(";
        if (!definition.startsWith(header) || !(definition.contains("\nRETURN ") || definition.contains("BEGIN ATOMIC"))) {
            return null;
        }
        return attempt(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE " + kind + "pg_temp." + PROBE + "(" + definition.substring(header.length()));
            }
            try (Statement read = connection.createStatement(); ResultSet row = read.executeQuery(
                    "SELECT pg_get_functiondef(p.oid) FROM pg_proc p WHERE p.proname = '" + PROBE
                            + "' AND p.pronamespace = pg_my_temp_schema()")) {
                row.next();
                // The header (parameters with their defaults) as written, the body as created.
                String created = row.getString(1);
                return definition.substring(0, definition.indexOf('\n') + 1)
                        + created.substring(created.indexOf('\n') + 1);
            }
        });
    }

    private @Nullable String canonicalView(String query) throws SQLException {
        return attempt(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY VIEW " + PROBE + " AS " + query);
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT pg_get_viewdef(?::regclass)")) {
                read.setString(1, "pg_temp." + PROBE);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return row.getString(1);
                }
            }
        });
    }

    /**
     * View options by name, each value as PostgreSQL reads it: a value that reads as a boolean
     * ({@code on}, {@code yes}, {@code 1}) is that boolean. Null when the server cannot say.
     */
    private @Nullable Map<String, String> options(List<String> options) throws SQLException {
        Map<String, String> read = new TreeMap<>();
        for (String option : options) {
            int equals = option.indexOf('=');
            String name = equals < 0 ? option : option.substring(0, equals);
            String value = equals < 0 ? "true" : option.substring(equals + 1);
            String canonical = attempt(() -> {
                try (PreparedStatement query = connection.prepareStatement("SELECT ?::boolean::text")) {
                    query.setString(1, value);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        return row.getString(1);
                    }
                }
            });
            read.put(name, canonical == null ? value : canonical);
        }
        return read;
    }

    /**
     * A temporary table with {@code table}'s columns, types and collations (no defaults, no
     * constraints), made once per table; null when the server cannot make it.
     */
    private @Nullable String throwaway(Table table) throws SQLException {
        Optional<String> made = throwaway.get(table.name());
        if (made == null) {
            String name = "pg_temp." + TABLE + (throwaway.size() + 1);
            StringBuilder columns = new StringBuilder();
            for (Column column : table.columns()) {
                columns.append(columns.isEmpty() ? "" : ", ").append(Sql.ident(column.name())).append(' ')
                        .append(storedType(column.type()));
                if (column.collation() != null) {
                    columns.append(" COLLATE ").append(Sql.ident(column.collation()));
                }
            }
            Savepoint savepoint = connection.setSavepoint();
            String created;
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE " + name + " (" + columns + ")");
                connection.releaseSavepoint(savepoint);
                created = name;
            } catch (SQLException refused) {
                connection.rollback(savepoint);
                created = null;
            }
            made = Optional.ofNullable(created);
            throwaway.put(table.name(), made);
        }
        return made.orElse(null);
    }

    /** A serial column's type as stored (its sequence does not matter here). */
    private static String storedType(String type) {
        return switch (type) {
            case "serial" -> "integer";
            case "bigserial" -> "bigint";
            case "smallserial" -> "smallint";
            default -> type;
        };
    }

    private @Nullable String plan(String explain) throws SQLException {
        return attempt(() -> explain(explain));
    }

    private String explain(String explain) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(explain)) {
            while (rows.next()) {
                plan.append(rows.getString(1).strip()).append('\n');
            }
        }
        return plan.toString();
    }

    /** Something to ask the server, which may refuse. */
    @FunctionalInterface
    private interface Question {
        String ask() throws SQLException;
    }

    /**
     * The server's answer in canonical spelling, or null when it refuses; either way what the
     * question created is gone afterwards (rolled back to a savepoint).
     */
    private @Nullable String attempt(Question question) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            return Expressions.synonyms(question.ask());
        } catch (SQLException refused) {
            return null;
        } finally {
            connection.rollback(savepoint);
        }
    }

    /** Equal canonical forms; a side the server could not read is never equal. */
    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && a.equals(b);
    }

    private static @Nullable String after(String text, String marker) {
        int at = text.indexOf(marker);
        return at < 0 ? null : text.substring(at + marker.length());
    }

    private static <T> @Nullable T named(List<T> values, Function<T, String> name, String wanted) {
        return values.stream().filter(v -> name.apply(v).equals(wanted)).findFirst().orElse(null);
    }
}
