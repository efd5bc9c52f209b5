package dev.strata.migration;

import dev.strata.database.DatabaseError;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Waits for PostgreSQL to accept a connection, one attempt a second with a line per failed
 * attempt, up to a bound. Errors that waiting cannot fix (wrong password, missing database) end
 * the wait at once.
 */
public final class DatabaseWait {

    /** SQL states that no amount of waiting fixes: bad credentials, unknown database or role. */
    private static final Set<String> FINAL_STATES = Set.of("28P01", "28000", "3D000", "42501");

    private final DatabaseSettings target;
    private final DataSource dataSource;
    private final Consumer<String> progress;

    public DatabaseWait(DatabaseSettings target, Consumer<String> progress) {
        this.target = target;
        this.dataSource = MigrationService.dataSource(target);
        this.progress = progress;
    }

    /** Returns once a connection opened; throws naming host and port when {@code bound} ran out. */
    public void await(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        for (int attempt = 1; ; attempt++) {
            SQLException failure;
            try {
                dataSource.getConnection().close();
                return;
            } catch (SQLException e) {
                failure = e;
            }
            String reason = DatabaseError.describe(failure);
            if (failure.getSQLState() != null && FINAL_STATES.contains(failure.getSQLState())) {
                throw new StrataException("PostgreSQL at " + target.hostAndPort() + " refused the connection: " + reason);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new StrataException("PostgreSQL at " + target.hostAndPort() + " is not reachable after "
                        + bound.toSeconds() + " s (STRATA_DB_WAIT): " + reason);
            }
            progress.accept("Waiting for PostgreSQL at " + target.hostAndPort() + " (attempt " + attempt + ", "
                    + Duration.ofNanos(left).toSeconds() + " s left): " + reason);
            sleep(Math.min(1_000, left / 1_000_000));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StrataException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
