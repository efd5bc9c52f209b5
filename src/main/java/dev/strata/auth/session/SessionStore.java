package dev.strata.auth.session;

import dev.strata.redis.ReplicaWait;
import dev.strata.web.Dependency;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Sessions in Redis: {@code <prefix>session:{<user>}:<sid>} (user and current refresh-token hash,
 * with a TTL), {@code <prefix>user-sessions:{<user>}} (for logout everywhere) and
 * {@code <prefix>refresh:{<user>}:<sha256>} (live or used). Every key of a user shares the hash
 * tag {@code {<user>}}, so each write below is one Lua script on one Redis Cluster slot (atomic,
 * no {@code CROSSSLOT}), and one {@code WAIT} covers it. Refresh tokens are {@code <user>.<random>},
 * stored only as hashes, and rotate on use; presenting a used one revokes its whole session family.
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

    /** KEYS session, refresh, user-sessions; ARGV user, refresh hash, session id, lifetime in ms. */
    private static final RedisScript<Long> CREATE = RedisScript.of("""
            redis.call('HSET', KEYS[1], 'user', ARGV[1], 'refresh', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            redis.call('SET', KEYS[2], 'live:' .. ARGV[3], 'PX', ARGV[4])
            redis.call('SADD', KEYS[3], ARGV[3])
            redis.call('PEXPIRE', KEYS[3], ARGV[4])
            return 1""", Long.class);

    /** KEYS session, new refresh, user-sessions; ARGV new refresh hash, lifetime in ms, session id. The session's user, or nil when it is gone. */
    private static final RedisScript<String> RENEW = RedisScript.of("""
            local user = redis.call('HGET', KEYS[1], 'user')
            if not user then return false end
            redis.call('HSET', KEYS[1], 'refresh', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            redis.call('SET', KEYS[2], 'live:' .. ARGV[3], 'PX', ARGV[2])
            redis.call('PEXPIRE', KEYS[3], ARGV[2])
            return user""", String.class);

    /** KEYS session, user-sessions; ARGV session id. */
    private static final RedisScript<Long> REVOKE = RedisScript.of("""
            redis.call('SREM', KEYS[2], ARGV[1])
            return redis.call('DEL', KEYS[1])""", Long.class);

    /** KEYS user-sessions; ARGV the session-key prefix of the user (same hash tag, so the same slot). */
    private static final RedisScript<Long> REVOKE_ALL = RedisScript.of("""
            local ended = 0
            for _, sid in ipairs(redis.call('SMEMBERS', KEYS[1])) do
              ended = ended + redis.call('DEL', ARGV[1] .. sid)
            end
            redis.call('DEL', KEYS[1])
            return ended""", Long.class);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveStringRedisTemplate redis;
    private final String prefix;
    private final Duration lifetime;
    private final ReplicaWait replicas;
    private final Counter reuse;

    public SessionStore(ReactiveStringRedisTemplate redis, String prefix, Duration lifetime, ReplicaWait replicas,
            MeterRegistry metrics) {
        this.redis = redis;
        this.prefix = prefix;
        this.lifetime = lifetime;
        this.replicas = replicas;
        this.reuse = Counter.builder("strata.auth.refresh.reuse")
                .description("Used refresh tokens presented again: each revoked its session").register(metrics);
    }

    /** A new session and its first refresh token. */
    public Mono<Session> create(UUID userId) {
        String sessionId = random(16);
        String refresh = refreshToken(userId);
        return Dependency.REDIS.onConnectionLoss(write(CREATE,
                        List.of(sessionKey(userId, sessionId), refreshKey(userId, refresh), userKey(userId)),
                        List.of(userId.toString(), hash(refresh), sessionId, String.valueOf(lifetime.toMillis())))
                .thenReturn(new Session(userId, sessionId, refresh)));
    }

    /** Whether the session exists and belongs to the user: revoked sessions end at once. */
    public Mono<Boolean> isActive(String sessionId, UUID userId) {
        return Dependency.REDIS.onConnectionLoss(redis.<String, String>opsForHash().get(sessionKey(userId, sessionId), "user")
                .map(user -> user.equals(userId.toString()))
                .defaultIfEmpty(false));
    }

    /**
     * Trades a refresh token for a new one in the same session. Empty when the token is unknown
     * or its session is gone; a reused token also revokes its session.
     */
    public Mono<Session> rotate(String refreshToken) {
        UUID userId = userOf(refreshToken);
        if (userId == null) {
            return Mono.empty();
        }
        return Dependency.REDIS.onConnectionLoss(redis.execute(USE_REFRESH, List.of(refreshKey(userId, refreshToken))).next()
                .flatMap(state -> state.startsWith("used:")
                        ? revoke(userId, state.substring(5)).doOnSuccess(ended -> reuse.increment()).then(Mono.<Session>empty())
                        : renew(userId, state.substring(5))));
    }

    private Mono<Session> renew(UUID userId, String sessionId) {
        String refresh = refreshToken(userId);
        return write(RENEW, List.of(sessionKey(userId, sessionId), refreshKey(userId, refresh), userKey(userId)),
                        List.of(hash(refresh), String.valueOf(lifetime.toMillis()), sessionId))
                .filter(user -> user.equals(userId.toString()))
                .map(user -> new Session(userId, sessionId, refresh));
    }

    /** Ends one session of the user. */
    public Mono<Void> revoke(UUID userId, String sessionId) {
        return Dependency.REDIS.onConnectionLoss(redis.execute(REVOKE, List.of(sessionKey(userId, sessionId), userKey(userId)),
                List.of(sessionId)).then());
    }

    /** Ends every session of the user. */
    public Mono<Void> revokeAll(UUID userId) {
        return Dependency.REDIS.onConnectionLoss(redis.execute(REVOKE_ALL, List.of(userKey(userId)),
                List.of(sessionKey(userId, ""))).then());
    }

    /**
     * Runs a session write; with {@code STRATA_REDIS_WAIT_REPLICAS} it is answered only once that many
     * replicas have it, else 503 (the write may still have reached the master: the client got no token of it).
     */
    private <T> Mono<T> write(RedisScript<T> script, List<String> keys, List<String> args) {
        if (replicas.replicas() == 0) {
            return redis.execute(script, keys, args).next();
        }
        return replicas.eval(script.getScriptAsString(), script.getResultType() == Long.class, keys, args).flatMap(written -> written.replicas() >= replicas.replicas()
                ? Mono.justOrEmpty(script.getResultType().cast(written.result()))
                : Mono.error(Dependency.REDIS.unavailable("the session write reached " + written.replicas() + " of "
                        + replicas.replicas() + " replicas in time")));
    }

    private String sessionKey(UUID userId, String sessionId) {
        return prefix + "session:{" + userId + "}:" + sessionId;
    }

    private String userKey(UUID userId) {
        return prefix + "user-sessions:{" + userId + "}";
    }

    private String refreshKey(UUID userId, String refreshToken) {
        return prefix + "refresh:{" + userId + "}:" + hash(refreshToken);
    }

    private static String refreshToken(UUID userId) {
        return userId + "." + random(32);
    }

    /** The user a refresh token names, or null for a token of another shape (answered as unknown). */
    private static @Nullable UUID userOf(String refreshToken) {
        int dot = refreshToken.indexOf('.');
        if (dot != 36) {
            return null;
        }
        try {
            return UUID.fromString(refreshToken.substring(0, dot));
        } catch (IllegalArgumentException e) {
            return null;
        }
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
