package dev.strata.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.strata.user.UserProfile;

/** The answer to {@code POST /auth/register}: a signed-in session (201), or an account awaiting email confirmation (202). */
sealed interface RegisterResponse permits TokenResponse, RegisterResponse.PendingConfirmation {

    /**
     * The Supabase project requires email confirmation: the account exists, no tokens yet.
     *
     * @param user the profile
     * @param confirmationRequired always true
     */
    record PendingConfirmation(UserProfile user, @JsonProperty("confirmation_required") boolean confirmationRequired)
            implements RegisterResponse {
    }
}
