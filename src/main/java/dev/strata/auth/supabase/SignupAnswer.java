package dev.strata.auth.supabase;

import tools.jackson.databind.JsonNode;

/**
 * What {@code POST /auth/v1/signup} answered with 200. With email confirmation off it is a session
 * holding the new user; with confirmation on, the bare user; and for an email already registered
 * and confirmed, a disguised user with a made-up id and no identities (so that signup does not
 * reveal which emails exist).
 */
sealed interface SignupAnswer {

    /** Confirmation off: the user exists and is signed in. */
    record SignedIn(SupabaseUser user) implements SignupAnswer {
    }

    /** Confirmation on: the user exists (new, or still unconfirmed from before) and was sent a link. */
    record AwaitingConfirmation(SupabaseUser user) implements SignupAnswer {
    }

    /** The empty-identities answer: the email belongs to a confirmed account. */
    record AlreadyRegistered() implements SignupAnswer {
    }

    static SignupAnswer of(JsonNode body) {
        if (body.has("access_token")) {
            return new SignedIn(SupabaseUser.of(body.path("user")));
        }
        SupabaseUser user = SupabaseUser.of(body);
        return user.identities() == 0 ? new AlreadyRegistered() : new AwaitingConfirmation(user);
    }
}
