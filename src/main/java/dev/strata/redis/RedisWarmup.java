package dev.strata.redis;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Opens the shared Redis connection and pings once before the port serves and readiness turns
 * up. Lettuce connects lazily, and blocking: without this the first request that touches Redis
 * (often the first {@code /health}) waits for the connection and can exceed its bound.
 */
@Component
class RedisWarmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RedisWarmup.class);

    /** Only a failure bound: a slow machine warms slowly, and serving waits for it. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final ReactiveRedisConnectionFactory redis;

    RedisWarmup(ReactiveRedisConnectionFactory redis) {
        this.redis = redis;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try {
            Mono.usingWhen(Mono.fromCallable(redis::getReactiveConnection),
                    ReactiveRedisConnection::ping,
                    ReactiveRedisConnection::closeLater).block(BOUND);
            log.info("Redis: connected in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // The service still starts: each later use connects again, and /health reports Redis until it answers.
            log.warn("Redis: no connection at start: {}", e.getMessage());
        }
    }
}
