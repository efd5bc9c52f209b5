package dev.strata.auth;

import dev.strata.user.UserProfile;

/** What a registration made: an account that may sign in now, or one waiting for its email to be confirmed. */
public sealed interface Registration {

    UserProfile user();

    /** The account is ready: the service signs it in at once. */
    record Created(UserProfile user) implements Registration {
    }

    /** Supabase requires email confirmation: the account exists, but no session until the link is followed. */
    record ConfirmationRequired(UserProfile user) implements Registration {
    }
}
