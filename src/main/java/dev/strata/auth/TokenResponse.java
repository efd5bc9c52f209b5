package dev.strata.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.user.UserProfile;

/**
 * The tokens of a session, with its user.
 *
 * @param user the profile
 * @param accessToken a JWT for {@code Authorization: Bearer}
 * @param refreshToken an opaque token for {@code /auth/refresh}; it rotates on every use
 * @param tokenType always {@code bearer}
 * @param expiresIn seconds until the access token expires
 */
record TokenResponse(UserProfile user, @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken, @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) implements RegisterResponse {
}
