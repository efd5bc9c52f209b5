package dev.strata.health;

import dev.strata.migration.MigrationCatalog;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bounded checks of PostgreSQL (over the runtime R2DBC pool), Redis and the migration state.
 * Each answers within the timeout whatever the dependency does, so health never hangs.
 * PostgreSQL and Redis get a real round trip for every caller, shared by the callers that arrive
 * while one is running ({@link Coalesced}); an up-to-date migration state is read again once it is
 * older than {@link #MIGRATION_STATE_AGE} (it only changes when a newer release's migrations run),
 * any other state on every call.
 */
final class DependencyChecks {

    /** How long a migration state read from the history table answers {@code /health}. */
    static final Duration MIGRATION_STATE_AGE = Duration.ofSeconds(5);

    private final ConnectionFactory database;
    private final ReactiveRedisConnectionFactory redis;
    private final MigrationCatalog catalog;
    private final Duration timeout;
    private final Coalesced<Check> databaseCheck = new Coalesced<>(this::selectOne);
    private final Coalesced<Check> redisCheck = new Coalesced<>(this::ping);
    private final Mono<MigrationState> migrationState;

    DependencyChecks(ConnectionFactory database, ReactiveRedisConnectionFactory redis, MigrationCatalog catalog,
            Duration timeout) {
        this.database = database;
        this.redis = redis;
        this.catalog = catalog;
        this.timeout = timeout;
        // Only an up-to-date state is kept: one that could not be read, or that has migrations
        // pending (before the start's own upgrade, or while an operator runs one), is read again by
        // the next call, so /health never reports a finished upgrade late.
        this.migrationState = Mono.defer(this::readMigrations).cache(
                state -> upToDate(state) ? MIGRATION_STATE_AGE : Duration.ZERO,
                error -> Duration.ZERO, () -> Duration.ZERO);
    }

    Mono<Check> database() {
        return databaseCheck.next();
    }

    Mono<Check> redis() {
        return redisCheck.next();
    }

    /** The applied and pending migrations, at most {@link #MIGRATION_STATE_AGE} old. */
    Mono<MigrationState> migrations() {
        return migrationState;
    }

    private Mono<Check> selectOne() {
        Mono<Check> query = Mono.usingWhen(database.create(),
                connection -> Mono.from(connection.createStatement("SELECT 1").execute())
                        .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(0))))
                        .thenReturn(Check.OK),
                connection -> connection.close());
        return bounded(query);
    }

    private Mono<Check> ping() {
        Mono<Check> ping = Mono.usingWhen(redisConnection(),
                connection -> connection.ping().thenReturn(Check.OK),
                ReactiveRedisConnection::closeLater);
        return bounded(ping);
    }

    /**
     * The connection, obtained off the event loop because Lettuce blocks while it connects (when
     * the start found Redis down). A timeout must not interrupt that thread: the interrupted
     * connect would fail after the check has answered, and Reactor logs such a dropped error at
     * ERROR. So the attempt runs on; a connection that arrives after the timeout is closed.
     */
    private Mono<ReactiveRedisConnection> redisConnection() {
        return Mono.defer(() -> {
            CompletableFuture<ReactiveRedisConnection> opening =
                    CompletableFuture.supplyAsync(redis::getReactiveConnection, DependencyChecks::offEventLoop);
            return Mono.fromFuture(opening, true)
                    .doOnCancel(() -> opening.thenAccept(late -> late.closeLater().onErrorComplete().subscribe()));
        });
    }

    private static void offEventLoop(Runnable task) {
        Schedulers.boundedElastic().schedule(task);
    }

    /** Applied versions from Flyway's history table; an empty database has none applied. */
    private Mono<MigrationState> readMigrations() {
        Mono<List<String>> applied = Mono.usingWhen(database.create(),
                connection -> Flux.from(connection.createStatement(
                                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                        .execute())
                        .flatMap(result -> result.map((row, meta) -> row.get(0, String.class)))
                        .collectList(),
                connection -> connection.close());
        return applied
                .onErrorResume(DependencyChecks::isMissingHistory, error -> Mono.just(List.of()))
                .map(versions -> new MigrationState(newest(versions), catalog.pending(versions)))
                .timeout(timeout)
                .onErrorReturn(MigrationState.UNKNOWN);
    }

    private static boolean upToDate(MigrationState state) {
        return state.pending() != null && state.pending() == 0;
    }

    private static boolean isMissingHistory(Throwable error) {
        return error instanceof R2dbcException r2dbc && "42P01".equals(r2dbc.getSqlState());
    }

    private static @Nullable String newest(List<String> versions) {
        return versions.stream()
                .map(MigrationVersion::fromVersion)
                .max(Comparable::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse(null);
    }

    private Mono<Check> bounded(Mono<Check> check) {
        return check
                .timeout(timeout)
                .onErrorResume(error -> Mono.just(Check.failed(describe(error))));
    }

    private String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
