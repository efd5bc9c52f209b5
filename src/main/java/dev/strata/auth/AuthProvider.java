package dev.strata.auth;

import dev.strata.user.UserProfile;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Where accounts and passwords live: the built-in store ({@code auth/local}) or Supabase Auth
 * ({@code auth/supabase}), chosen by {@code SUPABASE_URL}. Either way the service then issues its
 * own tokens and Redis session, and both create the {@code users} profile row.
 */
public interface AuthProvider {

    /**
     * Creates the account and its profile. Fails with 409 {@code email_exists} when the email is
     * taken, also when several registrations of one email race.
     */
    Mono<Registration> register(String email, String password, @Nullable String fullName);

    /** The user when the credentials are right; empty for an unknown email and a wrong password alike. */
    Mono<UserProfile> authenticate(String email, String password);
}
