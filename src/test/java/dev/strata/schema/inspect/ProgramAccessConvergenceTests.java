package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.Script;
import dev.strata.schema.diff.GrantDiffer;
import dev.strata.schema.diff.PolicyDiffer;
import dev.strata.schema.diff.RebuiltTables;
import dev.strata.schema.diff.RoutineDiffer;
import dev.strata.schema.diff.SchemaDiffer;
import dev.strata.schema.diff.TablePair;
import dev.strata.schema.diff.TriggerDiffer;
import dev.strata.schema.diff.ViewDiffer;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.Change;
import dev.strata.schema.render.StatementOrder;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture cases for views, routines, triggers, policies and grants, on real PostgreSQL: the
 * up script turns {@code from} into {@code to} (a second diff is empty) and the down script
 * brings it back. The models and differences are put together here the way the schema
 * inspector and differ are to put them together.
 */
class ProgramAccessConvergenceTests {

    @ParameterizedTest
    @ValueSource(strings = {"views_rebuilt_around_column_type_change", "views_changed_added_dropped",
            "routines_replaced_recreated_dropped", "triggers_changed_added_dropped", "policies_and_row_security",
            "grants_granted_and_revoked", "policies_and_triggers_around_column_type_change"})
    void upConvergesAndDownRestoresKeepingTheRows(String fixture) throws Exception {
        TestDatabase from = TestEnvironment.createDatabase();
        TestDatabase to = TestEnvironment.createDatabase();
        try {
            from.execute(fixture(fixture, "from.sql"));
            to.execute(fixture(fixture, "to.sql"));
            List<String> kept = from.tables().stream().filter(to.tables()::contains).toList();
            List<String> rows = rows(from, kept);
            SchemaModel start = ProgramAccessModels.inspect(from);
            SchemaModel target = ProgramAccessModels.inspect(to);
            List<Change> up = StatementOrder.order(ProgramAccessModels.diff(start, target));
            assertThat(up).isNotEmpty();

            run(from, SchemaDiff.script(up));
            assertThat(ProgramAccessModels.diff(ProgramAccessModels.inspect(from), target)).isEmpty();
            assertThat(rows(from, kept)).isEqualTo(rows);

            List<Change> down = StatementOrder.order(new ArrayList<>(up.stream().map(Change::reverse).toList()).reversed());
            run(from, SchemaDiff.script(down));
            assertThat(ProgramAccessModels.diff(ProgramAccessModels.inspect(from), start)).isEmpty();
            assertThat(rows(from, kept)).isEqualTo(rows);
        } finally {
            TestEnvironment.dropDatabase(from);
            TestEnvironment.dropDatabase(to);
        }
    }

    /** Every row of each table as text, one string per table. */
    private static List<String> rows(TestDatabase database, List<String> tables) {
        return tables.stream().map(table -> database.column("SELECT coalesce(string_agg(t::text, ';' ORDER BY t::text),"
                + " '') FROM public." + table + " t").getFirst()).toList();
    }

    /** Runs a script as psql would: in one transaction when it can, on one session either way. */
    private static void run(TestDatabase database, Script script) throws SQLException {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(!script.transactional());
            try (Statement statement = connection.createStatement()) {
                for (String sql : script.statements()) {
                    statement.execute(sql);
                }
            }
            if (script.transactional()) {
                connection.commit();
            }
        }
    }

    private static String fixture(String name, String file) throws IOException {
        String resource = "/schema/diff/" + name + "/" + file;
        try (InputStream in = ProgramAccessConvergenceTests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the schema inspector and differ are to do for these kinds, until they do it. */
    static final class ProgramAccessModels {

        private ProgramAccessModels() {
        }

        static SchemaModel inspect(TestDatabase database) throws SQLException {
            try (Connection connection = database.connect()) {
                SchemaModel model = SchemaInspector.inspect(connection, SchemaFilter.all());
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path = pg_catalog");
                }
                Array schemas = connection.createArrayOf("text", model.schemas().toArray(String[]::new));
                Map<QualifiedName, List<Trigger>> triggers = SchemaInspector.byTable(
                        TriggerInspector.read(connection, schemas), Trigger::table);
                Map<QualifiedName, List<Policy>> policies = SchemaInspector.byTable(
                        PolicyInspector.read(connection, schemas), Policy::table);
                Map<QualifiedName, List<Grant>> grants = SchemaInspector.byTable(
                        GrantInspector.read(connection, schemas), Grant::table);
                List<Table> tables = model.tables().values().stream().map(t -> new Table(t.name(), t.columns(),
                        t.constraints(), t.indexes(), triggers.getOrDefault(t.name(), List.of()),
                        policies.getOrDefault(t.name(), List.of()), grants.getOrDefault(t.name(), List.of()),
                        t.rowSecurity(), t.forceRowSecurity(), t.comment())).toList();
                return new SchemaModel(model.schemas(), model.extensions(), model.enums(), model.sequences(),
                        SchemaInspector.byKey(tables, Table::name),
                        SchemaInspector.byKey(ViewInspector.read(connection, schemas), View::name),
                        SchemaInspector.byKey(RoutineInspector.read(connection, schemas), Routine::signature));
            }
        }

        static List<Change> diff(SchemaModel from, SchemaModel to) {
            List<Change> changes = new ArrayList<>(SchemaDiffer.compare(from, to, DiffOptions.none()).changes());
            Set<QualifiedName> names = new TreeSet<>(from.tables().keySet());
            names.addAll(to.tables().keySet());
            List<TablePair> pairs = names.stream().map(n -> new TablePair(from.tables().get(n), to.tables().get(n)))
                    .toList();
            changes.addAll(RoutineDiffer.diff(from, to));
            changes.addAll(ViewDiffer.diff(from, to, RebuiltTables.of(pairs)));
            changes.addAll(TriggerDiffer.diff(pairs));
            changes.addAll(PolicyDiffer.diff(pairs));
            changes.addAll(GrantDiffer.diff(pairs));
            return changes;
        }
    }
}
