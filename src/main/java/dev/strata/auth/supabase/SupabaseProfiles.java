package dev.strata.auth.supabase;

import dev.strata.user.UserProfile;
import dev.strata.user.UserRepository;
import dev.strata.web.Dependency;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Profiles of Supabase users, keyed by the Supabase user id and made the first time the service
 * sees the user: at registration, at sign-in, or from a Supabase access token (a user who signed
 * up with supabase-js directly). Making one is idempotent, so repeats and races are harmless.
 * Bounded by {@code STRATA_DB_TIMEOUT_MS}, as every database call of a request.
 */
final class SupabaseProfiles {

    private final UserRepository users;
    private final Duration deadline;

    SupabaseProfiles(UserRepository users, Duration deadline) {
        this.users = users;
        this.deadline = deadline;
    }

    /**
     * The user's active profile, made now if there is none. Empty when it cannot be: the profile
     * is disabled, or another account's profile holds the email.
     */
    Mono<UserProfile> ensure(UUID id, String email, @Nullable String fullName) {
        return Dependency.DATABASE.within(deadline, users.findById(id)
                .switchIfEmpty(Mono.defer(() -> users.insertIfAbsent(id, email, fullName)))
                .switchIfEmpty(Mono.defer(() -> users.findById(id))));
    }
}
