package dev.strata.auth.supabase;

import dev.strata.auth.AuthProvider;
import dev.strata.auth.Registration;
import dev.strata.user.UserProfile;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Accounts in Supabase Auth: signup and the password grant over its REST API, with the profile
 * row in {@code users} under the Supabase user id. Supabase decides races between registrations of
 * one email (one signup creates the user; the others are told it exists), so exactly one succeeds.
 */
final class SupabaseUsers implements AuthProvider {

    private static final Logger log = LoggerFactory.getLogger(SupabaseUsers.class);

    private final SupabaseAuthClient client;
    private final SupabaseProfiles profiles;

    SupabaseUsers(SupabaseAuthClient client, SupabaseProfiles profiles) {
        this.client = client;
        this.profiles = profiles;
    }

    @Override
    public Mono<Registration> register(String email, String password, @Nullable String fullName) {
        return client.signup(email, password, fullName)
                .flatMap(body -> switch (SignupAnswer.of(body)) {
                    case SignupAnswer.SignedIn signedIn -> profileOfNewUser(signedIn.user(), email, fullName)
                            .<Registration>map(Registration.Created::new);
                    case SignupAnswer.AwaitingConfirmation pending -> profileOfNewUser(pending.user(), email, fullName)
                            .<Registration>map(Registration.ConfirmationRequired::new);
                    case SignupAnswer.AlreadyRegistered taken -> Mono.error(SupabaseErrors.emailExists());
                })
                .onErrorMap(SupabaseAuthException.class, SupabaseErrors::toApi);
    }

    /**
     * Signs in at Supabase. Wrong credentials are empty, so the answer is the built-in provider's
     * {@code invalid_credentials} word for word; a user who has no profile yet (made in the
     * Supabase dashboard, or whose registration broke off) gets one now.
     */
    @Override
    public Mono<UserProfile> authenticate(String email, String password) {
        return client.passwordGrant(email, password)
                .flatMap(session -> {
                    SupabaseUser user = SupabaseUser.of(session.path("user"));
                    return profiles.ensure(user.id(), user.email() == null ? email : user.email(), user.fullName())
                            .switchIfEmpty(Mono.<UserProfile>fromRunnable(() -> log.warn("Supabase user {} signed in but has no active profile "
                                    + "(disabled, or another profile holds its email): refused", user.id())));
                })
                .onErrorResume(SupabaseAuthException.class, failure -> failure.error().hasCode("invalid_credentials", "invalid_grant")
                        ? Mono.empty() : Mono.error(SupabaseErrors.toApi(failure)));
    }

    /**
     * The profile of the user the signup made. When it cannot be made (the database fails, or
     * another account's profile holds the email) the Supabase user is deleted again, so no account
     * is left without a profile, and a repeat of the registration starts afresh.
     */
    private Mono<UserProfile> profileOfNewUser(SupabaseUser user, String email, @Nullable String fullName) {
        return profiles.ensure(user.id(), email, fullName)
                .switchIfEmpty(Mono.error(SupabaseErrors::emailExists))
                .onErrorResume(error -> removeOrphan(user.id()).then(Mono.error(error)));
    }

    private Mono<Void> removeOrphan(UUID id) {
        return client.deleteUser(id)
                .doOnSuccess(done -> log.warn("Deleted Supabase user {} again: its profile could not be made", id))
                .onErrorResume(failure -> {
                    log.error("Supabase user {} has no profile and could not be deleted ({}); it gets its profile when it signs in",
                            id, failure.getMessage());
                    return Mono.empty();
                });
    }
}
