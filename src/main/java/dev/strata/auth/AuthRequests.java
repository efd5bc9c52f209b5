package dev.strata.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The bodies the auth endpoints accept. Every field is {@link StrictText}: a JSON string or
 * absent, without control characters. A password is at most 72 bytes in UTF-8 on register and
 * login alike (bcrypt's limit: refused, never cut).
 */
final class AuthRequests {

    private AuthRequests() {
    }

    /**
     * {@code POST /auth/register}.
     *
     * @param email a valid address, at most 255 characters; normalised (see {@link EmailAddress})
     * @param password checked by the password policy; at most 72 bytes in UTF-8
     * @param fullName at most 100 characters
     */
    record Register(
            @Schema(description = "Normalised: trimmed, NFKC, lower-cased, the domain in its ASCII (IDNA) form. "
                    + "Refused with invisible or bidirectional-control characters.")
            @StrictText @NotBlank @Email @Size(max = 255) @Nullable String email,
            @Schema(description = "At least STRATA_PASSWORD_MIN_LENGTH characters (default 6) and any required classes; "
                    + "at most 72 bytes in UTF-8.")
            @StrictText @NotBlank @Utf8Bytes(max = PasswordPolicy.MAX_BYTES) @Nullable String password,
            @JsonProperty("full_name") @StrictText @Size(max = 100) @Nullable String fullName) {
    }

    /**
     * {@code POST /auth/login}.
     *
     * @param email the address registered, in any spelling that normalises to it
     * @param password the password; over 72 bytes in UTF-8 it is refused
     */
    record Login(@StrictText @NotBlank @Size(max = 255) @Nullable String email,
            @StrictText @NotBlank @Utf8Bytes(max = PasswordPolicy.MAX_BYTES) @Nullable String password) {
    }

    /**
     * {@code POST /auth/refresh}.
     *
     * @param refreshToken the current refresh token
     */
    record Refresh(@JsonProperty("refresh_token") @StrictText @NotBlank @Size(max = 512) @Nullable String refreshToken) {
    }
}
