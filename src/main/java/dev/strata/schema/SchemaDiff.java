package dev.strata.schema;

import dev.strata.database.DatabaseConnections;
import dev.strata.database.DatabaseError;
import dev.strata.settings.StrataException;
import dev.strata.settings.DatabaseSettings;
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
     * Reads the schemas {@code filter} selects from {@code database} over a connection of its
     * own; a failure is one line for the user naming {@code what} was read.
     */
    public static SchemaModel inspect(DatabaseSettings database, SchemaFilter filter, String what) {
        try (Connection connection = DatabaseConnections.jdbc(database, DatabaseSettings.MIGRATION_APPLICATION_NAME)
                .getConnection()) {
            return SchemaInspector.inspect(connection, filter);
        } catch (SQLException e) {
            throw new StrataException("cannot read the schema of " + what + " (" + database.describe() + "): "
                    + DatabaseError.describe(e), e);
        }
    }

    /**
     * The changes, scripts and warnings that turn {@code from} into {@code to}. The down script
     * is the reversed list of reversed changes: each step undoes one up step in the state that
     * step left, so the order that was valid going up is valid coming down.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit the {@code from} schema
     */
    public static DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        SchemaDiffer.Differences differences = SchemaDiffer.compare(from, to, options);
        List<Change> up = StatementOrder.order(differences.changes());
        List<Change> down = new ArrayList<>(up.stream().map(Change::reverse).toList()).reversed();
        List<String> warnings = new ArrayList<>(Lint.check(up, from));
        warnings.addAll(differences.hints());
        return new DiffResult(up, script(up), script(down), warnings);
    }

    /** The session settings a script of these changes runs under, before its first change. */
    public static List<String> preamble(List<Change> changes) {
        // A function body may name tables created further down; PostgreSQL checks bodies when they run.
        boolean routines = changes.stream()
                .anyMatch(c -> c instanceof ProgramChange.CreateRoutine || c instanceof ProgramChange.ReplaceRoutine);
        return routines ? List.of("SET check_function_bodies = false") : List.of();
    }

    /** Renders changes in order as one script. */
    public static Script script(List<Change> changes) {
        List<String> statements = new ArrayList<>(preamble(changes));
        changes.forEach(change -> statements.addAll(ChangeRenderer.render(change)));
        boolean addsEnumValue = changes.stream().anyMatch(c -> c instanceof TypeChange.AddEnumValue);
        return new Script(statements, !addsEnumValue, addsEnumValue
                ? "ALTER TYPE ... ADD VALUE must be committed before the new value can be used" : "");
    }
}
