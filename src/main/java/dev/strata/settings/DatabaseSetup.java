package dev.strata.settings;

import java.time.Duration;

/**
 * The database of the service and its runtime pool.
 *
 * @param selection a configured server ({@code DATABASE_URL} and its alternatives, see
 *     {@link DatabaseSelection}), or the embedded PostgreSQL
 * @param poolMax {@code STRATA_DB_POOL_MAX}, 1 to 1000, default 10: the most connections the R2DBC pool keeps
 * @param poolInitial {@code STRATA_DB_POOL_INITIAL}, 0 to {@code poolMax}, default 2 (or {@code poolMax}
 *     when smaller): connections opened at start
 * @param timeout {@code STRATA_DB_TIMEOUT_MS}, 100 to 60000, default 5000: the deadline of every runtime call to
 *     PostgreSQL (taking a pooled connection, opening one, each query); past it the request answers 503
 *     {@code dependency_unavailable}
 */
public record DatabaseSetup(DatabaseSelection selection, int poolMax, int poolInitial, Duration timeout) {

    static DatabaseSetup from(Env env, DatabaseSelection selection) {
        int max = env.integer("STRATA_DB_POOL_MAX", 10, 1, 1000);
        int initial = env.integer("STRATA_DB_POOL_INITIAL", Math.min(2, max), 0, max);
        return new DatabaseSetup(selection, max, initial,
                Duration.ofMillis(env.integer("STRATA_DB_TIMEOUT_MS", 5000, 100, 60_000)));
    }

    /** Whether nothing is configured and the embedded PostgreSQL is used. */
    public boolean embedded() {
        return selection instanceof DatabaseSelection.Embedded;
    }
}
