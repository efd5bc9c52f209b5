package dev.strata.migration.autogenerate.shadow;

import dev.strata.database.DatabaseConnections;
import dev.strata.settings.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database that lives for one command: {@code strata_shadow_<random>} on a
 * {@link ScratchServer}, dropped by {@link #close()} (or by the server's shutdown hook when the
 * process is interrupted first).
 */
public final class ScratchDatabase implements AutoCloseable {

    /** The application_name of scratch connections, so they are easy to tell apart in pg_stat_activity. */
    public static final String APPLICATION_NAME = "strata-shadow";

    private final ScratchServer server;
    private final DatabaseSettings settings;

    ScratchDatabase(ScratchServer server, DatabaseSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    public String name() {
        return settings.database();
    }

    /** Connection settings for this database, e.g. for Flyway. */
    public DatabaseSettings settings() {
        return settings;
    }

    /** A new connection that the caller closes. */
    public Connection connect() throws SQLException {
        return DatabaseConnections.jdbc(settings, APPLICATION_NAME).getConnection();
    }

    /** Drops the database, ending any connection still open to it. */
    @Override
    public void close() {
        server.drop(name());
    }
}
