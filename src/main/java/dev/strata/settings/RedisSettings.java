package dev.strata.settings;

import io.lettuce.core.RedisURI;

/**
 * The Redis the service uses for sessions and health, once chosen: the configured one
 * ({@link RedisSetup}) or the embedded one.
 *
 * @param uri where it listens, with user, password and database number
 * @param keyPrefix every key starts with it ({@link RedisSetup#keyPrefix()})
 * @param embedded whether it is the embedded Redis of the zero-setup run
 */
public record RedisSettings(RedisURI uri, String keyPrefix, boolean embedded) {

    /** {@code host:port}, safe to log. */
    public String describe() {
        return uri.getHost() + ":" + uri.getPort();
    }
}
