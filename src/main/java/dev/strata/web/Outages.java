package dev.strata.web;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.r2dbc.pool.ConnectionPoolException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.RedisConnectionFailureException;

/**
 * The runtime's one failure policy: which errors mean a dependency is down, refusing or too slow,
 * and so answer 503 {@code dependency_unavailable} instead of 500. The drivers' own deadlines
 * (Lettuce's command timeout, the R2DBC pool's acquire and create times) surface here as their
 * timeout exceptions; a server's error reply about the request itself (bad SQL, a failing trigger,
 * a Lua error) is a bug, not an outage, and stays a 500.
 */
final class Outages {

    private static final Logger log = LoggerFactory.getLogger(Outages.class);

    /** Redis error replies that mean "not now" rather than "not this". */
    private static final Set<String> REDIS_BUSY_REPLIES = Set.of("LOADING", "BUSY", "MASTERDOWN", "TRYAGAIN", "CLUSTERDOWN");

    private Outages() {
    }

    /** One line per refused request: what was unavailable and why, without a stack trace. */
    static void log(DependencyUnavailable outage) {
        log.warn("503 {} unavailable: {}", outage.dependency().wireName(), outage.reason());
    }

    /** The 503 that {@code error} means, or null when it is no dependency's outage. */
    static @Nullable DependencyUnavailable of(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DependencyUnavailable outage) {
                return outage;
            }
            if (cause instanceof RedisCommandExecutionException reply) {
                return busy(reply) ? Dependency.REDIS.unavailable(describe(reply)) : null;
            }
            if (cause instanceof RedisException || cause instanceof RedisConnectionFailureException) {
                return Dependency.REDIS.unavailable(describe(cause));
            }
            if (cause instanceof R2dbcException database) {
                return databaseDown(database) ? Dependency.DATABASE.unavailable(describe(database)) : null;
            }
        }
        return null;
    }

    /**
     * Without a SQL state the driver or the pool failed (refused, closed, timed out); with one,
     * PostgreSQL answered, and only its connection, resource and shutdown states mean an outage.
     */
    private static boolean databaseDown(R2dbcException error) {
        String state = error.getSqlState();
        if (state == null || state.isEmpty()) {
            return error instanceof R2dbcTransientResourceException || error instanceof R2dbcNonTransientResourceException
                    || error instanceof R2dbcTimeoutException || error instanceof ConnectionPoolException;
        }
        return state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.equals("57014");
    }

    private static boolean busy(RedisCommandExecutionException reply) {
        String message = reply.getMessage() == null ? "" : reply.getMessage();
        int space = message.indexOf(' ');
        return REDIS_BUSY_REPLIES.contains(space < 0 ? message : message.substring(0, space));
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        return cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
