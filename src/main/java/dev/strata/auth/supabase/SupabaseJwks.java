package dev.strata.auth.supabase;

import io.jsonwebtoken.security.Jwk;
import io.jsonwebtoken.security.JwkSet;
import io.jsonwebtoken.security.Jwks;
import io.jsonwebtoken.security.PublicJwk;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's public signing keys from {@code /auth/v1/.well-known/jwks.json}, used for at most
 * ten minutes after they were fetched, so a key Supabase withdraws stops working here within that
 * time. An unknown {@code kid} (a rotated key) triggers a refetch; but fetches, successful or not,
 * happen at most once per {@code minRefetch}, and concurrent lookups share one fetch, so a flood
 * of tokens with made-up kids cannot hammer Supabase.
 */
final class SupabaseJwks {

    /** The longest any fetched key set is used. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(SupabaseJwks.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * A key the project signs with.
     *
     * @param key the public key
     * @param algorithm ES256 or RS256, the only algorithm a token under this key may name
     */
    record VerificationKey(PublicKey key, String algorithm) {
    }

    private record Snapshot(Map<String, VerificationKey> keys, Instant fetchedAt) {
    }

    private final Supplier<Mono<String>> fetch;
    private final Clock clock;
    private final Duration minRefetch;
    private volatile Snapshot current = new Snapshot(Map.of(), Instant.EPOCH);
    private @Nullable Instant lastAttempt;
    private @Nullable Mono<Snapshot> inflight;

    SupabaseJwks(Supplier<Mono<String>> fetch, Clock clock, Duration minRefetch) {
        this.fetch = fetch;
        this.clock = clock;
        this.minRefetch = minRefetch;
    }

    /** The key with this id, fetching the set again when it is stale or lacks the id; empty when there is none. */
    Mono<VerificationKey> key(String kid) {
        Snapshot snapshot = current;
        if (fresh(snapshot) && snapshot.keys().containsKey(kid)) {
            return Mono.just(snapshot.keys().get(kid));
        }
        return refreshed().mapNotNull(latest -> fresh(latest) ? latest.keys().get(kid) : null);
    }

    private boolean fresh(Snapshot snapshot) {
        return clock.instant().isBefore(snapshot.fetchedAt().plus(MAX_AGE));
    }

    private synchronized Mono<Snapshot> refreshed() {
        if (inflight != null) {
            return inflight;
        }
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(minRefetch))) {
            return Mono.just(current);
        }
        lastAttempt = now;
        Mono<Snapshot> fetching = fetch.get()
                .map(body -> new Snapshot(parse(body), clock.instant()))
                .doOnNext(snapshot -> current = snapshot)
                .onErrorResume(error -> {
                    log.warn("Cannot read the Supabase JWKS ({}); Supabase access tokens under unknown keys are refused meanwhile",
                            error.getMessage());
                    return Mono.just(current);
                })
                // Cleared before the value travels on: a lookup right after it must not be handed this fetch again.
                .doOnNext(snapshot -> finished())
                .doFinally(signal -> finished())
                .cache();
        inflight = fetching;
        return fetching;
    }

    private synchronized void finished() {
        inflight = null;
    }

    /** The signing keys of a JWKS document: EC P-256 keys for ES256 and RSA keys for RS256, by kid; nothing else. */
    static Map<String, VerificationKey> parse(String body) {
        // jjwt refuses a set without keys, which is what a project on the legacy secret alone publishes.
        if (JSON.readTree(body).path("keys").isEmpty()) {
            return Map.of();
        }
        JwkSet set = Jwks.setParser().build().parse(body);
        Map<String, VerificationKey> keys = new HashMap<>();
        for (Jwk<?> jwk : set.getKeys()) {
            if (jwk instanceof PublicJwk<?> publicJwk && jwk.getId() != null
                    && (publicJwk.getPublicKeyUse() == null || publicJwk.getPublicKeyUse().equals("sig"))) {
                String algorithm = algorithm(publicJwk.toKey());
                if (algorithm != null && (jwk.getAlgorithm() == null || jwk.getAlgorithm().equals(algorithm))) {
                    keys.put(jwk.getId(), new VerificationKey(publicJwk.toKey(), algorithm));
                }
            }
        }
        return Map.copyOf(keys);
    }

    private static @Nullable String algorithm(PublicKey key) {
        if (key instanceof ECPublicKey ec && ec.getParams().getCurve().getField().getFieldSize() == 256) {
            return "ES256";
        }
        return key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048 ? "RS256" : null;
    }
}
