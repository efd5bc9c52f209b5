package dev.strata.auth;

import dev.strata.auth.tokens.AccessToken;
import java.util.UUID;

/** Who a verified bearer token speaks for: a session of the service's own, or a Supabase session. */
sealed interface Caller {

    UUID userId();

    /** The service's own access token; its session lives in Redis. */
    record Own(AccessToken token) implements Caller {

        @Override
        public UUID userId() {
            return token.userId();
        }
    }

    /** An access token Supabase issued, verified against the project's keys. */
    record Provider(ProviderToken token) implements Caller {

        @Override
        public UUID userId() {
            return token.userId();
        }
    }
}
