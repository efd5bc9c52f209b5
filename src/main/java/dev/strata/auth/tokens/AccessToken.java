package dev.strata.auth.tokens;

import java.util.UUID;

/**
 * What a verified access token says.
 *
 * @param userId the {@code sub} claim
 * @param sessionId the {@code sid} claim: the Redis session the token belongs to
 */
public record AccessToken(UUID userId, String sessionId) {
}
