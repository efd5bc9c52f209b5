package dev.strata.migration;

import dev.strata.database.DatabaseError;
import dev.strata.settings.StrataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * {@code db stamp}: rewrites the history, in one transaction, so that exactly the migrations up
 * to a version are recorded as applied (with their real checksums, so Flyway validates them),
 * without running any SQL. The fix for a database whose tables already exist.
 */
final class Stamp {

    private Stamp() {
    }

    static void write(DataSource dataSource, List<MigrationInfo> all, @Nullable MigrationVersion to) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!SchemaHistory.exists(connection)) {
                    SchemaHistory.create(connection);
                }
                SchemaHistory.deleteAbove(connection, to);
                for (MigrationInfo migration : all) {
                    if (needsRow(migration, to)) {
                        SchemaHistory.insertApplied(connection, migration);
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StrataException("cannot stamp the database: " + DatabaseError.describe(e)
                    + "; nothing was changed", e);
        }
    }

    private static boolean needsRow(MigrationInfo migration, @Nullable MigrationVersion to) {
        if (to == null || !migration.isVersioned() || !migration.getState().isResolved()
                || migration.getVersion().isNewerThan(to)) {
            return false;
        }
        MigrationState state = migration.getState();
        return !(state.isApplied() && !state.isFailed());
    }
}
