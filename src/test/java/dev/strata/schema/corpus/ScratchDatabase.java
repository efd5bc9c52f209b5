package dev.strata.schema.corpus;

import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.Script;
import dev.strata.schema.SqlStatements;
import dev.strata.schema.model.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database on the test server for one corpus case (random name, dropped on close): loaded from
 * corpus files statement by statement, copied with {@code CREATE DATABASE ... TEMPLATE}, and
 * inspected with the engine.
 */
final class ScratchDatabase implements AutoCloseable {

    private final TestDatabase database;

    private ScratchDatabase(TestDatabase database) {
        this.database = database;
    }

    static ScratchDatabase create() {
        return new ScratchDatabase(TestEnvironment.createDatabase());
    }

    String name() {
        return database.name();
    }

    TestDatabase database() {
        return database;
    }

    /** A copy of this database (no connection to it may be open). */
    ScratchDatabase copy() {
        String name = "strata_test_" + HexFormat.of().formatHex(randomBytes());
        TestDatabase admin = new TestDatabase(database.settings().withDatabase("postgres"));
        admin.execute("CREATE DATABASE " + name + " TEMPLATE " + database.name());
        return new ScratchDatabase(new TestDatabase(database.settings().withDatabase(name)));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /**
     * Runs a corpus file statement by statement in autocommit mode on one connection, as psql
     * does: a file's own BEGIN/COMMIT make its transaction, its SET lines last for the file.
     *
     * @return the statements that failed, with their error; only when {@code tolerant}, else the
     *     first failure throws
     */
    List<String> load(String sql, String source, boolean tolerant) {
        List<String> failed = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String each : SqlStatements.split(sql)) {
                try {
                    statement.execute(each);
                } catch (SQLException e) {
                    if (!tolerant) {
                        throw new IllegalStateException(source + ": " + e.getMessage() + "\n    " + each, e);
                    }
                    failed.add(source + ": " + firstLine(e.getMessage()));
                    if (!connection.getAutoCommit() || inFailedTransaction(statement)) {
                        statement.execute("ROLLBACK");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(source + " on " + name() + ": " + e.getMessage(), e);
        }
        return failed;
    }

    private static boolean inFailedTransaction(Statement statement) {
        try {
            statement.execute("SELECT 1");
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Applies a script of the engine the way it says it must run. */
    void apply(Script script) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!script.transactional());
            List<String> statements = script.statements();
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (SQLException e) {
                    throw new IllegalStateException("statement " + (i + 1) + " failed: " + e.getMessage() + "\n    "
                            + statements.get(i), e);
                }
            }
            if (script.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + name() + ": " + e.getMessage(), e);
        }
    }

    SchemaModel inspect() {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, SchemaFilter.all());
        } catch (SQLException e) {
            throw new IllegalStateException("inspect " + name() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Renames the schemas that {@link SchemaFilter} never compares (Supabase's {@code auth},
     * {@code storage}, ...) to {@code corpus_<name>}, so a corpus that lives in them is compared.
     */
    void exposeExcludedSchemas() {
        for (String schema : database.column("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema' ORDER BY 1")) {
            if (SchemaFilter.isExcluded(schema)) {
                database.execute("ALTER SCHEMA \"" + schema + "\" RENAME TO \"corpus_" + schema + "\"");
            }
        }
    }

    @Override
    public void close() {
        TestEnvironment.dropDatabase(database);
    }
}
