package dev.strata.auth;

import dev.strata.user.UserProfile;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Access tokens issued by the identity provider (Supabase), accepted on protected endpoints beside
 * the service's own. There is always one: without a provider it is {@link NoProviderTokens}, which
 * claims no token. A token goes to this verifier only when it {@link #claims} it, and is then
 * checked by nothing else: the two kinds never fall back to each other.
 */
public interface ProviderTokens {

    /**
     * Whether the token's unverified {@code iss} names the provider. This only chooses the
     * verifier; {@link #verify} then requires the issuer again, with the signature.
     */
    boolean claims(String token);

    /** The verified token when its signature, claims and session are all good; empty otherwise. */
    Mono<ProviderToken> verify(String token);

    /** Ends the token's provider session, or with {@code global} every session of its user. */
    Mono<Void> logout(ProviderToken token, boolean global);

    /** Refuses from now on every provider token of the user issued until now (logout everywhere with our own token). */
    Mono<Void> logoutAll(UUID userId);

    /** The user's profile, made from the token's claims when the user has none yet (signed up through Supabase directly). */
    Mono<UserProfile> profile(ProviderToken token);
}
