package dev.strata.schema;

import dev.strata.schema.diff.SchemaDiffer;
import dev.strata.schema.inspect.SchemaInspector;
import dev.strata.schema.lint.Lint;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ProgramChange;
import dev.strata.schema.ops.TypeChange;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.schema.render.StatementOrder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The diff engine's facade: what the CLI and autogenerate call. */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /** Reads the schemas {@code filter} selects from the database behind {@code connection}. */
    public static SchemaModel inspect(Connection connection, SchemaFilter filter) throws SQLException {
        return SchemaInspector.inspect(connection, filter);
    }

    /**
     * The changes, scripts and warnings that turn {@code from} into {@code to}. The down script
     * is the reversed list of reversed changes, put in order again with the renames undone last.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit the {@code from} schema
     */
    public static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        SchemaDiffer.Differences differences = SchemaDiffer.compare(from, to, options);
        List<Change> up = StatementOrder.order(differences.changes());
        List<Change> reversed = new ArrayList<>(up.stream().map(Change::reverse).toList()).reversed();
        List<Change> down = StatementOrder.orderReversed(reversed);
        List<String> warnings = new ArrayList<>(Lint.check(up, from));
        warnings.addAll(differences.hints());
        return new DiffResult(up, script(up), script(down), warnings);
    }

    /** Renders changes in order as one script. */
    public static Script script(List<Change> changes) {
        List<String> statements = new ArrayList<>();
        if (changes.stream().anyMatch(c -> c instanceof ProgramChange.CreateRoutine || c instanceof ProgramChange.ReplaceRoutine)) {
            // A function body may name tables created further down; PostgreSQL checks bodies when they run.
            statements.add("SET check_function_bodies = false");
        }
        changes.forEach(change -> statements.addAll(ChangeRenderer.render(change)));
        boolean addsEnumValue = changes.stream().anyMatch(c -> c instanceof TypeChange.AddEnumValue);
        return new Script(statements, !addsEnumValue, addsEnumValue
                ? "ALTER TYPE ... ADD VALUE must be committed before the new value can be used" : "");
    }
}
