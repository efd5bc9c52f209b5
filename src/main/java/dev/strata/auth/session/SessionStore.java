package dev.strata.auth.session;

import dev.strata.web.Dependency;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Sessions in Redis: {@code <prefix>session:<sid>} (user and current refresh-token hash, with a
 * TTL), {@code <prefix>user-sessions:<user>} (for logout everywhere) and
 * {@code <prefix>refresh:<sha256>} (live or used). Refresh tokens are random and opaque, stored
 * only as hashes, and rotate on use; presenting a used one revokes its whole session family.
 */
public final class SessionStore {

    /** Marks a refresh token used and returns what it was, atomically, so two racing refreshes cannot both win. */
    private static final RedisScript<String> USE_REFRESH = RedisScript.of("""
            local v = redis.call('GET', KEYS[1])
            if not v then return false end
            if string.sub(v, 1, 5) == 'live:' then
              redis.call('SET', KEYS[1], 'used:' .. string.sub(v, 6), 'KEEPTTL')
            end
            return v""", String.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;
    private final Duration lifetime;

    public SessionStore(ReactiveStringRedisTemplate redis, String prefix, Duration lifetime) {
        this.redis = redis;
        this.prefix = prefix;
        this.lifetime = lifetime;
    }

    /** A new session and its first refresh token. */
    public Mono<Session> create(UUID userId) {
        String sessionId = random(16);
        String refresh = random(32);
        Map<String, String> session = Map.of("user", userId.toString(), "refresh", hash(refresh));
        return Dependency.REDIS.onConnectionLoss(redis.opsForHash().putAll(sessionKey(sessionId), session)
                .then(redis.expire(sessionKey(sessionId), lifetime))
                .then(redis.opsForValue().set(refreshKey(refresh), "live:" + sessionId, lifetime))
                .then(redis.opsForSet().add(userKey(userId), sessionId))
                .then(redis.expire(userKey(userId), lifetime))
                .thenReturn(new Session(userId, sessionId, refresh)));
    }

    /** Whether the session exists and belongs to the user: revoked sessions end at once. */
    public Mono<Boolean> isActive(String sessionId, UUID userId) {
        return Dependency.REDIS.onConnectionLoss(redis.<String, String>opsForHash().get(sessionKey(sessionId), "user")
                .map(user -> user.equals(userId.toString()))
                .defaultIfEmpty(false));
    }

    /**
     * Trades a refresh token for a new one in the same session. Empty when the token is unknown
     * or its session is gone; a reused token also revokes its session.
     */
    public Mono<Session> rotate(String refreshToken) {
        return Dependency.REDIS.onConnectionLoss(redis.execute(USE_REFRESH, List.of(refreshKey(refreshToken))).next()
                .flatMap(state -> state.startsWith("used:")
                        ? revoke(state.substring(5)).then(Mono.<Session>empty())
                        : renew(state.substring(5))));
    }

    private Mono<Session> renew(String sessionId) {
        String refresh = random(32);
        return redis.<String, String>opsForHash().get(sessionKey(sessionId), "user")
                .flatMap(user -> redis.opsForHash().put(sessionKey(sessionId), "refresh", hash(refresh))
                        .then(redis.expire(sessionKey(sessionId), lifetime))
                        .then(redis.opsForValue().set(refreshKey(refresh), "live:" + sessionId, lifetime))
                        .then(redis.expire(userKey(UUID.fromString(user)), lifetime))
                        .thenReturn(new Session(UUID.fromString(user), sessionId, refresh)));
    }

    /** Ends one session. */
    public Mono<Void> revoke(String sessionId) {
        return Dependency.REDIS.onConnectionLoss(redis.<String, String>opsForHash().get(sessionKey(sessionId), "user")
                .flatMap(user -> redis.opsForSet().remove(userKey(UUID.fromString(user)), sessionId))
                .then(redis.delete(sessionKey(sessionId)))
                .then());
    }

    /** Ends every session of the user. */
    public Mono<Void> revokeAll(UUID userId) {
        return Dependency.REDIS.onConnectionLoss(redis.opsForSet().members(userKey(userId))
                .flatMap(sessionId -> redis.delete(sessionKey(sessionId)))
                .then(redis.delete(userKey(userId)))
                .then());
    }

    private String sessionKey(String sessionId) {
        return prefix + "session:" + sessionId;
    }

    private String userKey(UUID userId) {
        return prefix + "user-sessions:" + userId;
    }

    private String refreshKey(String refreshToken) {
        return prefix + "refresh:" + hash(refreshToken);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
