package dev.strata.migration;

import dev.strata.database.DatabaseError;
import dev.strata.settings.StrataException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A session-level PostgreSQL advisory lock that every Strata command changing the schema or its
 * history holds for its whole run (upgrade, downgrade, stamp), on a connection of its own. A
 * second process waits for it, says so, and then proceeds on what the first one left.
 */
final class MigrationLock implements AutoCloseable {

    /** "STRATAMG" as a number: one key per database, shared by every Strata version. */
    private static final long KEY = 0x5354524154414d47L;

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    static MigrationLock acquire(DataSource dataSource, Consumer<String> progress) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                if (!tryLock(statement)) {
                    progress.accept("Waiting for another migration command to finish (it holds the migration lock)");
                    statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
                }
                return new MigrationLock(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StrataException("cannot take the migration lock: " + DatabaseError.describe(e), e);
        }
    }

    private static boolean tryLock(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT pg_try_advisory_lock(" + KEY + ")")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    @Override
    public void close() {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            // closing the session releases the lock anyway
        }
    }
}
