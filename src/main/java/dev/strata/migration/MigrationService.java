package dev.strata.migration;

import dev.strata.StrataException;
import dev.strata.config.DatabaseSettings;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one entry point to Flyway, used by the boot-time runner and every {@code db} command. It
 * connects over a non-pooled JDBC DataSource: each operation opens its connection and closes it
 * when done, so nothing stays open after a migration.
 */
public final class MigrationService {

    /** Where the shipped migrations live. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    private final DatabaseSettings target;
    private final List<String> locations;
    private final Consumer<String> progress;

    /**
     * @param target the database to migrate (must not be a transaction-mode pooler for changes)
     * @param locations Flyway locations ({@code classpath:...} or {@code filesystem:...})
     * @param progress receives one line per migration step
     */
    public MigrationService(DatabaseSettings target, List<String> locations, Consumer<String> progress) {
        this.target = target;
        this.locations = List.copyOf(locations);
        this.progress = progress;
    }

    public DatabaseSettings target() {
        return target;
    }

    public List<String> locations() {
        return locations;
    }

    /**
     * A non-pooled DataSource with {@code application_name=strata-migrate}: every
     * {@code getConnection()} opens a connection that its caller closes.
     */
    static PGSimpleDataSource dataSource(DatabaseSettings target) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(target.jdbcUrl(DatabaseSettings.MIGRATION_APPLICATION_NAME));
        dataSource.setUser(target.user());
        if (target.password() != null) {
            dataSource.setPassword(target.password());
        }
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(0);
        return dataSource;
    }

    /**
     * Applies every pending migration, each in its own transaction, under Flyway's PostgreSQL
     * advisory lock: concurrent callers wait for each other and each migration runs once.
     */
    public MigrateResult upgrade() {
        refuseTransactionPooler();
        MigrationProgress listener = new MigrationProgress(progress);
        Flyway flyway = flyway(listener);
        listener.expect(flyway.info().pending().length);
        try {
            return flyway.migrate();
        } catch (FlywayException e) {
            throw new StrataException(failureMessage(listener.current(), e), e);
        }
    }

    /** The applied and pending state of the target. */
    public MigrationStatus status() {
        try {
            return MigrationStatus.of(flyway(new MigrationProgress(progress)).info());
        } catch (FlywayException e) {
            throw new StrataException("cannot read the migration history of " + target.describe() + ": "
                    + databaseError(e), e);
        }
    }

    private Flyway flyway(MigrationProgress listener) {
        return Flyway.configure(MigrationService.class.getClassLoader())
                .dataSource(dataSource(target))
                .locations(locations.toArray(String[]::new))
                .callbacks(listener)
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .connectRetries(0)
                // Replicas booting together wait on the advisory lock for as long as the first one migrates.
                .lockRetryCount(3600)
                .load();
    }

    /** Migrations need one session for their lock and prepared statements: refuse before connecting. */
    void refuseTransactionPooler() {
        if (target.isTransactionPooler()) {
            throw new StrataException("migrations cannot run through a transaction-mode pooler ("
                    + target.source() + " points at " + target.hostAndPort() + "): " + PoolerAdvice.forMigrations(target));
        }
    }

    private String failureMessage(@Nullable MigrationInfo failed, FlywayException e) {
        String which = failed == null ? "a migration" : "migration " + failed.getScript();
        return which + " failed: " + databaseError(e)
                + "; its changes were rolled back and no history row was written";
    }

    /** The database's own words when there are any, else Flyway's first line. */
    static String databaseError(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : " (SQL state " + sql.getSQLState() + ")";
                return firstLine(sql.getMessage()) + state;
            }
        }
        return firstLine(error.getMessage());
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unknown error";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
