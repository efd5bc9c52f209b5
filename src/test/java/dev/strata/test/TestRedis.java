package dev.strata.test;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.util.List;

/**
 * The Redis of a test class: a shared server, keys isolated by a random prefix.
 *
 * @param url server URL
 * @param keyPrefix every key the class's service writes starts with it
 */
public record TestRedis(String url, String keyPrefix) {

    /** Keys under this class's prefix. */
    public List<String> keys() {
        try (RedisClient client = RedisClient.create(url); StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(keyPrefix + "*");
        }
    }

    void deleteKeys() {
        try (RedisClient client = RedisClient.create(url); StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> keys = connection.sync().keys(keyPrefix + "*");
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        }
    }
}
