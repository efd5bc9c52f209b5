package dev.strata.settings;

import io.lettuce.core.RedisURI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The Redis of the service, as configured.
 *
 * @param url {@code REDIS_URL}: {@code redis://[user:password@]host:6379/0}, {@code rediss://} for TLS;
 *     null (unset) starts the embedded Redis, which only the zero-setup run may do: with a configured
 *     database every replica must share the sessions
 * @param keyPrefix {@code STRATA_REDIS_KEY_PREFIX}, default {@code strata:}: every key starts with it
 * @param timeout {@code STRATA_REDIS_TIMEOUT_MS}, 50 to 60000, default 2000: the deadline of every Redis command
 *     (and of connecting); past it the request answers 503 {@code dependency_unavailable}
 */
public record RedisSetup(@Nullable RedisURI url, String keyPrefix, Duration timeout) {

    static RedisSetup from(Env env, boolean embeddedDatabase) {
        String url = env.get("REDIS_URL");
        if (url == null && !embeddedDatabase) {
            throw new StrataException("REDIS_URL: required with a configured database, so that every replica "
                    + "shares the sessions (e.g. redis://localhost:6379/0)");
        }
        return new RedisSetup(url == null ? null : parse("REDIS_URL", url), env.get("STRATA_REDIS_KEY_PREFIX", "strata:"),
                Duration.ofMillis(env.integer("STRATA_REDIS_TIMEOUT_MS", 2000, 50, 60_000)));
    }

    static RedisURI parse(String variable, String url) {
        if (!url.startsWith("redis://") && !url.startsWith("rediss://")) {
            throw new StrataException(variable + ": expected redis://host:6379/0 or rediss://..., got a URL with another scheme");
        }
        try {
            RedisURI uri = RedisURI.create(url);
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new StrataException(variable + ": no host (expected redis://host:6379/0)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new StrataException(variable + ": " + e.getMessage());
        }
    }
}
