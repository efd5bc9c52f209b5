package dev.strata.auth;

import dev.strata.web.ApiException;
import dev.strata.web.Dependency;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * Fixed one-minute windows counted in Redis, shared by every replica: {@code <prefix>rate:<what>:<key>:<minute>}.
 * Over the limit: 429 {@code rate_limited} with the seconds to wait in {@code Retry-After}.
 */
final class RateLimiter {

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;
    private final Clock clock;

    RateLimiter(ReactiveStringRedisTemplate redis, String prefix, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.clock = clock;
    }

    /** Counts one event and fails when the window already had {@code limit}. */
    Mono<Void> hit(String what, String key, int limit) {
        long now = clock.millis();
        long minute = now / 60_000;
        String counter = key(what, key, minute);
        return Dependency.REDIS.onConnectionLoss(redis.opsForValue().increment(counter)
                .flatMap(count -> (count == 1 ? redis.expire(counter, Duration.ofSeconds(61)) : Mono.just(true))
                        .thenReturn(count))
                .flatMap(count -> count > limit ? Mono.error(limited((minute + 1) * 60_000 - now)) : Mono.empty()));
    }

    /** Gives back one event of the current window (a login that succeeded). */
    Mono<Void> refund(String what, String key) {
        String counter = key(what, key, clock.millis() / 60_000);
        return Dependency.REDIS.onConnectionLoss(redis.opsForValue().decrement(counter).then());
    }

    private String key(String what, String key, long minute) {
        return prefix + "rate:" + what + ":" + key + ":" + minute;
    }

    private static ApiException limited(long millisLeft) {
        long seconds = Math.max(1, (millisLeft + 999) / 1000);
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited", "Too many attempts; try again later.",
                Map.of("retry_after", seconds));
    }
}
