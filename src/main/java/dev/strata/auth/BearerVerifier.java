package dev.strata.auth;

import dev.strata.auth.session.SessionStore;
import dev.strata.auth.tokens.TokenService;
import reactor.core.publisher.Mono;

/**
 * Checks a bearer token. Its unverified {@code iss} only chooses the verifier: a token the
 * provider {@linkplain ProviderTokens#claims claims} goes to Supabase's keys, anything else to the
 * service's own key and a live Redis session. Each verifier then requires its own issuer, algorithm and key, so naming the other
 * issuer never lets a token be tried against a second key.
 */
final class BearerVerifier {

    private final TokenService tokens;
    private final SessionStore sessions;
    private final ProviderTokens provider;

    BearerVerifier(TokenService tokens, SessionStore sessions, ProviderTokens provider) {
        this.tokens = tokens;
        this.sessions = sessions;
        this.provider = provider;
    }

    /** Who the token speaks for; empty when it is not valid in every respect. */
    Mono<Caller> verify(String token) {
        if (provider.claims(token)) {
            return provider.verify(token).map(Caller.Provider::new);
        }
        return Mono.justOrEmpty(tokens.verify(token))
                .filterWhen(access -> sessions.isActive(access.sessionId(), access.userId()))
                .map(Caller.Own::new);
    }
}
