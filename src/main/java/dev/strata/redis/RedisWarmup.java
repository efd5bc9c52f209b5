package dev.strata.redis;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.connection.ReactiveRedisConnection;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Opens the shared Redis connection and pings once before the port serves and readiness turns
 * up. Lettuce connects lazily, and blocking: without this the first request that touches Redis
 * (often the first {@code /health}) waits for the connection and can exceed its bound.
 *
 * <p>As with the database pool's warm-up, the first attempt starts when this bean is made (on a
 * worker thread: Lettuce's connect blocks), so it overlaps the rest of the start, and is awaited
 * after every singleton is made; a failed early attempt is tried once more then.
 */
@Component
class RedisWarmup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RedisWarmup.class);

    /** Only a failure bound: a slow machine warms slowly, and serving waits for it. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    private final ReactiveRedisConnectionFactory redis;
    private final long started = System.nanoTime();
    private final CompletableFuture<String> early;

    RedisWarmup(ReactiveRedisConnectionFactory redis) {
        this.redis = redis;
        this.early = ping().toFuture();
    }

    /** On a worker thread, both times: Lettuce's connect blocks, and a retry may start on its event loop. */
    private Mono<String> ping() {
        return Mono.usingWhen(Mono.fromCallable(redis::getReactiveConnection),
                ReactiveRedisConnection::ping,
                ReactiveRedisConnection::closeLater).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            // A failed early attempt is tried once more; one that timed out is not (cancelled, and
            // the start does not wait for the bound twice).
            Mono.fromFuture(early).timeout(BOUND)
                    .onErrorResume(e -> !(e instanceof TimeoutException), e -> ping().timeout(BOUND))
                    .block();
            log.info("Redis: connected in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // The service still starts: each later use connects again, and /health reports Redis until it answers.
            log.warn("Redis: no connection at start: {}", e.getMessage());
        }
    }
}
