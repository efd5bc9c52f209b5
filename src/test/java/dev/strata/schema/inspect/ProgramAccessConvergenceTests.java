package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.Script;
import dev.strata.schema.model.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture cases for views, routines, triggers, policies and grants, on real PostgreSQL: the
 * up script turns {@code from} into {@code to} (a second diff is empty) and the down script
 * brings it back, and the rows of the tables both sides keep survive both ways.
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
            SchemaModel start = inspect(from);
            SchemaModel target = inspect(to);
            DiffResult diff = SchemaDiff.compare(start, target, DiffOptions.none());
            assertThat(diff.changes()).isNotEmpty();

            run(from, diff.up());
            assertThat(SchemaDiff.compare(inspect(from), target, DiffOptions.none()).changes()).isEmpty();
            assertThat(rows(from, kept)).isEqualTo(rows);

            run(from, diff.down());
            assertThat(SchemaDiff.compare(inspect(from), start, DiffOptions.none()).changes()).isEmpty();
            assertThat(rows(from, kept)).isEqualTo(rows);
        } finally {
            TestEnvironment.dropDatabase(from);
            TestEnvironment.dropDatabase(to);
        }
    }

    private static SchemaModel inspect(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, SchemaFilter.all());
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
}
