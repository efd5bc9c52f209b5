package dev.strata.auth.session;

import java.util.UUID;

/**
 * A live session.
 *
 * @param userId whose it is
 * @param sessionId its id, the {@code sid} of its access tokens
 * @param refreshToken the current refresh token, in the clear only in this answer
 */
public record Session(UUID userId, String sessionId, String refreshToken) {
}
