package dev.strata.schema;

import dev.strata.schema.diff.SchemaDiffer;
import dev.strata.schema.inspect.Equivalence;
import dev.strata.schema.inspect.SchemaInspector;
import dev.strata.schema.inspect.TableSizes;
import dev.strata.schema.lint.Lint;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ProgramChange;
import dev.strata.schema.ops.TypeChange;
import dev.strata.schema.order.StatementOrder;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.schema.render.OnlineRenderer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The diff engine's facade: what the CLI and autogenerate call. */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /** Reads the schemas {@code filter} selects from the database behind {@code connection}. */
    public static SchemaModel inspect(Connection connection, SchemaFilter filter) throws SQLException {
        return SchemaInspector.inspect(connection, filter);
    }

    /**
     * The changes, scripts and findings that turn {@code from} into {@code to}. The down script
     * is the reversed list of reversed changes: each step undoes one up step in the state that
     * step left, so the order that was valid going up is valid coming down.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit the {@code from} schema
     */
    public static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        SchemaDiffer.Differences differences = SchemaDiffer.compare(from, to, options);
        List<Change> up = StatementOrder.order(differences.changes());
        List<Change> down = new ArrayList<>(up.stream().map(Change::reverse).toList()).reversed();
        List<Finding> findings = new ArrayList<>(Lint.check(up, from, options.online().enabled(), options.sizes()));
        findings.addAll(differences.hints());
        if (!options.online().enabled()) {
            return new DiffResult(up, script(up), script(down), findings, notCompared(from, to), List.of(), List.of());
        }
        // Going down, the tables that hold rows are those of the target.
        OnlineRenderer upPlan = OnlineRenderer.of(up, from, options.online());
        OnlineRenderer downPlan = OnlineRenderer.of(down, to, options.online());
        return new DiffResult(up, script(up, upPlan), script(down, downPlan), findings, notCompared(from, to),
                upPlan.notes(), downPlan.notes());
    }

    /**
     * Each of the changes' statements as the online plan renders them on a database whose schema
     * is {@code base}, each after its bounds; none for a drop that an index rebuild takes over.
     */
    public static Function<Change, List<String>> onlineStatements(List<Change> changes, SchemaModel base,
            OnlineOptions options) {
        return OnlineRenderer.of(changes, base, options)::statements;
    }

    private static Script script(List<Change> changes, OnlineRenderer plan) {
        Script plain = script(changes);
        List<String> statements = plan.statements(preamble(changes));
        if (!plain.transactional() || !plan.stepwise()) {
            return new Script(statements, plain.transactional(), plain.reason());
        }
        return new Script(statements, false, OnlineRenderer.REASON);
    }

    /** For each kind the engine does not model, the larger of the two sides' counts, by kind name. */
    static Map<String, Integer> notCompared(SchemaModel from, SchemaModel to) {
        Map<String, Integer> counts = new TreeMap<>(from.notCompared());
        to.notCompared().forEach((kind, count) -> counts.merge(kind, count, Math::max));
        return counts;
    }

    /**
     * Like {@link #compare(SchemaModel, SchemaModel, DiffOptions)}, with PostgreSQL deciding
     * whether expressions spelled differently on the two sides mean the same (defaults, generated
     * columns, checks, indexes, triggers, policies, views): the server behind {@code connection}
     * reads both spellings back in its canonical form, in a transaction it rolls back. Any
     * database that has the objects the expressions name will do, usually the one {@code to} was
     * read from.
     */
    public static DiffResult compare(Connection connection, SchemaModel from, SchemaModel to, DiffOptions options)
            throws SQLException {
        return compare(from, Equivalence.align(connection, from, to), options);
    }

    /**
     * The hazards of running {@code changes} on a database whose schema is {@code from}: only
     * tables that exist there can hold rows.
     */
    public static List<Hazard> lint(List<Change> changes, SchemaModel from) {
        return Lint.check(changes, from, false, Map.of());
    }

    /**
     * The hazards of running {@code changes} on {@code from}, planned online or not, a type
     * change that rewrites a table flagged with its size when {@code sizes} has it.
     */
    public static List<Hazard> lint(List<Change> changes, SchemaModel from, boolean online,
            Map<QualifiedName, TableSize> sizes) {
        return Lint.check(changes, from, online, sizes);
    }

    /** The estimated size of every table of the database behind {@code connection} (pg_class). */
    public static Map<QualifiedName, TableSize> tableSizes(Connection connection) throws SQLException {
        return TableSizes.read(connection);
    }

    /** The session settings a script of these changes runs under, before its first change. */
    public static List<String> preamble(List<Change> changes) {
        // A function body may name tables created further down; PostgreSQL checks bodies when they run.
        boolean routines = changes.stream()
                .anyMatch(c -> c instanceof ProgramChange.CreateRoutine || c instanceof ProgramChange.ReplaceRoutine);
        return routines ? List.of("SET check_function_bodies = false") : List.of();
    }

    /** The statements of one change, each without its trailing semicolon. */
    public static List<String> statements(Change change) {
        return ChangeRenderer.render(change);
    }

    /** Renders changes in order as one script. */
    public static Script script(List<Change> changes) {
        List<String> statements = new ArrayList<>(preamble(changes));
        changes.forEach(change -> statements.addAll(statements(change)));
        boolean addsEnumValue = changes.stream().anyMatch(c -> c instanceof TypeChange.AddEnumValue);
        return new Script(statements, !addsEnumValue, addsEnumValue
                ? "ALTER TYPE ... ADD VALUE must be committed before the new value can be used" : "");
    }
}
