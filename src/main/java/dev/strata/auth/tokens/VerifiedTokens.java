package dev.strata.auth.tokens;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Tokens whose signature and claims were already checked, by their exact text, until they expire.
 * A client sends the same access token on every request for its lifetime, and checking it again
 * (Base64, JSON, HMAC) was most of jjwt's share of a request. Only a token that passed every check
 * gets here, and a token that differs by one character is another key, so nothing unchecked is
 * ever accepted; the expiry is compared on every use. Revocation does not depend on this: the
 * session behind a token is read from Redis on every request. Bounded: when full, it starts over.
 */
final class VerifiedTokens {

    static final int CAPACITY = 10_000;

    private record Entry(AccessToken access, Instant expires) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The token's verified content when it was verified and has not expired at {@code now}. */
    @Nullable AccessToken get(String token, Instant now) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (now.isAfter(entry.expires())) {
            entries.remove(token, entry);
            return null;
        }
        return entry.access();
    }

    void put(String token, AccessToken access, Instant expires) {
        if (entries.size() >= CAPACITY) {
            entries.clear();
        }
        entries.put(token, new Entry(access, expires));
    }
}
