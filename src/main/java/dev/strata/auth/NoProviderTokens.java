package dev.strata.auth;

import dev.strata.user.UserProfile;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * No identity provider ({@code SUPABASE_URL} unset): every bearer token is the service's own, so
 * this claims none, and a provider caller, the only way to reach {@link #logout} or
 * {@link #profile}, cannot exist.
 */
final class NoProviderTokens implements ProviderTokens {

    @Override
    public boolean claims(String token) {
        return false;
    }

    @Override
    public Mono<ProviderToken> verify(String token) {
        return Mono.empty();
    }

    @Override
    public Mono<Void> logout(ProviderToken token, boolean global) {
        return Mono.error(unreachable());
    }

    /** Nothing to refuse: no provider issued any token. */
    @Override
    public Mono<Void> logoutAll(UUID userId) {
        return Mono.empty();
    }

    @Override
    public Mono<UserProfile> profile(ProviderToken token) {
        return Mono.error(unreachable());
    }

    private static IllegalStateException unreachable() {
        return new IllegalStateException("a provider token without a provider");
    }
}
