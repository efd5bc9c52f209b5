package dev.strata.database;

import io.r2dbc.pool.ConnectionPool;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opens the pool's initial connections and runs one query before the port serves and readiness
 * turns up. The pool is lazy: without this the first request (often the first {@code /health})
 * pays for connecting and for loading the driver's codecs, which on a loaded machine exceeds the
 * health bound and reports a healthy database as down.
 *
 * <p>The first attempt starts as soon as the pool exists, so it runs while the rest of the
 * context is made and the startup migration applies (0.2 s off the start). The answer is awaited
 * after every singleton is made; if that early attempt failed (the database was not up yet, which
 * the startup migration's wait covers), it is tried once more then, as before.
 */
@Component
class PoolWarmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PoolWarmup.class);

    /** Only a failure bound: a slow machine warms slowly, and serving waits for it. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final ConnectionPool pool;
    private final long started = System.nanoTime();
    private final CompletableFuture<Integer> early;

    PoolWarmup(ConnectionPool pool) {
        this.pool = pool;
        this.early = warmup().toFuture();
    }

    private Mono<Integer> warmup() {
        return pool.warmup()
                .flatMap(count -> Mono.usingWhen(pool.create(),
                        connection -> Mono.from(connection.createStatement("SELECT 1").execute())
                                .flatMap(result -> Mono.from(result.getRowsUpdated()))
                                .thenReturn(count),
                        connection -> connection.close()));
    }

    /** Runs after every singleton is made, so after the startup migration waited for the database. */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            // A failed early attempt is tried once more; one that timed out is not (cancelled, and
            // the start does not wait for the bound twice).
            Integer opened = Mono.fromFuture(early).timeout(BOUND)
                    .onErrorResume(e -> !(e instanceof TimeoutException), e -> warmup().timeout(BOUND))
                    .block();
            log.info("Database: {} pooled connection(s) open in {} ms", opened, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // The service still starts: /health reports the database until it answers.
            log.warn("Database: the pool could not open its connections at start: {}", DatabaseError.describe(e));
        }
    }
}
