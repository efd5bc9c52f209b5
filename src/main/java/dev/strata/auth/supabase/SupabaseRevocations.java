package dev.strata.auth.supabase;

import dev.strata.auth.ProviderToken;
import dev.strata.web.Dependency;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Supabase sessions logged out through this service, in Redis so every replica refuses their
 * tokens at once: {@code <prefix>supabase:revoked-session:<session_id>}, and for a logout
 * everywhere {@code <prefix>supabase:revoked-before:<user>} holding the second before which the
 * user's tokens were issued. Both outlive any token Supabase could still issue for the session
 * should Supabase itself not have been told: they last as long as the service's own sessions.
 */
final class SupabaseRevocations {

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;
    private final Duration lifetime;
    private final Clock clock;

    SupabaseRevocations(ReactiveStringRedisTemplate redis, String prefix, Duration lifetime, Clock clock) {
        this.redis = redis;
        this.prefix = prefix;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Whether neither the token's session nor (by its issue time) the user's tokens were revoked. */
    Mono<Boolean> isLive(ProviderToken token) {
        return Dependency.REDIS.onConnectionLoss(Mono.zip(redis.hasKey(sessionKey(token.sessionId())),
                        redis.opsForValue().get(userKey(token.userId())).map(Long::parseLong).defaultIfEmpty(Long.MIN_VALUE))
                .map(revoked -> !revoked.getT1() && token.issuedAt().getEpochSecond() > revoked.getT2()));
    }

    Mono<Void> revokeSession(String sessionId) {
        Mono<Boolean> written = redis.opsForValue().set(sessionKey(sessionId), "revoked", lifetime);
        return Dependency.REDIS.onConnectionLoss(written.then());
    }

    /** Refuses every token of the user issued up to this second. */
    Mono<Void> revokeUser(UUID userId) {
        String issuedUpTo = String.valueOf(clock.instant().getEpochSecond());
        return Dependency.REDIS.onConnectionLoss(redis.opsForValue().set(userKey(userId), issuedUpTo, lifetime).then());
    }

    private String sessionKey(String sessionId) {
        return prefix + "supabase:revoked-session:" + sessionId;
    }

    private String userKey(UUID userId) {
        return prefix + "supabase:revoked-before:" + userId;
    }
}
