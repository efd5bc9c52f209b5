package dev.strata.schema;

import dev.strata.schema.model.SchemaModel;
import dev.strata.test.PostgresVersions;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A fresh database on the test server for one fixture case (random name, dropped on close), and
 * the ways the harness runs SQL on it: a fixture file statement by statement, or a generated
 * script the way its header says it must run.
 */
final class FixtureDatabase implements AutoCloseable {

    private final TestDatabase database;
    private final PostgresVersions.@Nullable Server server;

    private FixtureDatabase(TestDatabase database, PostgresVersions.@Nullable Server server) {
        this.database = database;
        this.server = server;
    }

    static FixtureDatabase create() {
        return new FixtureDatabase(TestEnvironment.createDatabase(), null);
    }

    /** A fresh database on one of the servers of {@link PostgresVersions}. */
    static FixtureDatabase create(PostgresVersions.Server server) {
        return new FixtureDatabase(server.createDatabase(), server);
    }

    /** A {@code postgresql://} URL for {@code --from} and {@code --to}. */
    String url() {
        return database.url();
    }

    /** Runs every statement of a script in autocommit mode, as psql does without {@code --single-transaction}. */
    void run(String script) {
        run(SqlStatements.split(script), Transaction.NONE);
    }

    /** Runs a script in one transaction and rolls it back, also when it succeeds. */
    void runAndRollBack(String script) {
        run(SqlStatements.split(script), Transaction.ROLLED_BACK);
    }

    /**
     * Applies a script printed by {@code db diff}: in one transaction when it is wrapped in
     * {@code BEGIN}/{@code COMMIT}, else statement by statement.
     */
    void apply(String script) {
        List<String> statements = SqlStatements.split(script);
        boolean wrapped = !statements.isEmpty() && isBegin(statements.getFirst())
                && statements.getLast().toUpperCase(Locale.ROOT).matches("COMMIT|END");
        run(wrapped ? statements.subList(1, statements.size() - 1) : statements,
                wrapped ? Transaction.COMMITTED : Transaction.NONE);
    }

    /** Applies a facade script as it says it must run. */
    void apply(Script script) {
        run(script.statements(), script.transactional() ? Transaction.COMMITTED : Transaction.NONE);
    }

    SchemaModel inspect(SchemaFilter filter) {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, filter);
        } catch (SQLException e) {
            throw new IllegalStateException("inspect " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** The facade's diff, with this database deciding which spellings mean the same. */
    DiffResult compare(SchemaModel from, SchemaModel to, DiffOptions options) {
        try (Connection connection = database.connect()) {
            return SchemaDiff.compare(connection, from, to, options);
        } catch (SQLException e) {
            throw new IllegalStateException("compare on " + database.name() + ": " + e.getMessage(), e);
        }
    }

    /** How statements run: each on its own, or in one transaction committed or rolled back at the end. */
    private enum Transaction {
        NONE, COMMITTED, ROLLED_BACK
    }

    /** Runs the statements; a failure names the statement and keeps PostgreSQL's SQLSTATE in the cause. */
    private void run(List<String> statements, Transaction transaction) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(transaction == Transaction.NONE);
            for (int i = 0; i < statements.size(); i++) {
                execute(statement, statements.get(i), i + 1);
            }
            switch (transaction) {
                case COMMITTED -> connection.commit();
                case ROLLED_BACK -> connection.rollback();
                case NONE -> {
                    // each statement committed as it ran
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + database.name() + ": " + e.getMessage(), e);
        }
    }

    private static void execute(Statement statement, String sql, int number) throws SQLException {
        try {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException("statement " + number + " failed: " + e.getMessage() + "\n    " + sql,
                    e.getSQLState(), e);
        }
    }

    private static boolean isBegin(String statement) {
        return statement.toUpperCase(Locale.ROOT).matches("BEGIN|START TRANSACTION|BEGIN TRANSACTION|BEGIN WORK");
    }

    @Override
    public void close() {
        if (server != null) {
            server.dropDatabase(database);
            return;
        }
        TestEnvironment.dropDatabase(database);
    }
}
