package dev.strata.auth;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An access token the identity provider (Supabase) issued itself, verified.
 *
 * @param userId the {@code sub} claim
 * @param sessionId the provider's session, {@code session_id}
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}
 * @param email the {@code email} claim, for a profile made on first use
 * @param fullName {@code user_metadata.full_name}, if any
 * @param token the token itself, to end its session at the provider; never logged
 */
public record ProviderToken(UUID userId, String sessionId, Instant issuedAt, Instant expiresAt, @Nullable String email,
        @Nullable String fullName, String token) {

    @Override
    public String toString() {
        return "ProviderToken[user=" + userId + ", session=" + sessionId + ", expiresAt=" + expiresAt + "]";
    }
}
