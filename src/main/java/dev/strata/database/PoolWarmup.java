package dev.strata.database;

import io.r2dbc.pool.ConnectionPool;
import java.time.Duration;
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
 */
@Component
class PoolWarmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PoolWarmup.class);

    /** Only a failure bound: a slow machine warms slowly, and serving waits for it. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final ConnectionPool pool;

    PoolWarmup(ConnectionPool pool) {
        this.pool = pool;
    }

    /** Runs after every singleton is made, so after the startup migration waited for the database. */
    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try {
            Integer opened = pool.warmup()
                    .flatMap(count -> Mono.usingWhen(pool.create(),
                            connection -> Mono.from(connection.createStatement("SELECT 1").execute())
                                    .flatMap(result -> Mono.from(result.getRowsUpdated()))
                                    .thenReturn(count),
                            connection -> connection.close()))
                    .block(BOUND);
            log.info("Database: {} pooled connection(s) open in {} ms", opened, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // The service still starts: /health reports the database until it answers.
            log.warn("Database: the pool could not open its connections at start: {}", DatabaseError.describe(e));
        }
    }
}
