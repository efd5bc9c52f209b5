package dev.strata.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies the auth endpoints accept. */
final class AuthRequests {

    private AuthRequests() {
    }

    /**
     * {@code POST /auth/register}.
     *
     * @param email a valid address, at most 255 characters
     * @param password checked by the password policy
     * @param fullName at most 100 characters
     */
    record Register(@NotBlank @Email @Size(max = 255) @Nullable String email, @NotBlank @Size(max = 1024) @Nullable String password,
            @JsonProperty("full_name") @Size(max = 100) @Nullable String fullName) {
    }

    /**
     * {@code POST /auth/login}.
     *
     * @param email the address registered
     * @param password the password
     */
    record Login(@NotBlank @Size(max = 255) @Nullable String email, @NotBlank @Size(max = 1024) @Nullable String password) {
    }

    /**
     * {@code POST /auth/refresh}.
     *
     * @param refreshToken the current refresh token
     */
    record Refresh(@JsonProperty("refresh_token") @NotBlank @Size(max = 512) @Nullable String refreshToken) {
    }
}
