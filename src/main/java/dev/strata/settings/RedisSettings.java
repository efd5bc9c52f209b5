package dev.strata.settings;

import dev.strata.settings.StrataException;
import io.lettuce.core.RedisURI;
import org.jspecify.annotations.Nullable;

/**
 * The Redis the service uses for sessions and health.
 *
 * @param uri parsed {@code REDIS_URL} ({@code redis://}, {@code rediss://} for TLS, with user,
 *     password and database number)
 * @param keyPrefix {@code STRATA_REDIS_KEY_PREFIX}, default {@code strata:}: every key starts with it
 * @param embedded whether it is the embedded Redis of the zero-setup run
 */
public record RedisSettings(RedisURI uri, String keyPrefix, boolean embedded) {

    /**
     * The configured Redis, or null when {@code REDIS_URL} is unset and the embedded one is
     * wanted: allowed only when the database is embedded too, because with real servers the
     * sessions must be shared by every replica.
     */
    public static @Nullable RedisURI configured(Env env, boolean embeddedDatabase) {
        String url = env.get("REDIS_URL");
        if (url == null && !embeddedDatabase) {
            throw new StrataException("REDIS_URL: required with a configured database, so that every replica "
                    + "shares the sessions (e.g. redis://localhost:6379/0)");
        }
        return url == null ? null : parse("REDIS_URL", url);
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

    /** {@code host:port}, safe to log. */
    public String describe() {
        return uri.getHost() + ":" + uri.getPort();
    }
}
