package dev.strata.auth;

import dev.strata.auth.tokens.AccessToken;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token: unverified as it arrives, then authenticated with the token's user and session. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String token;
    private final transient @Nullable AccessToken verified;

    private BearerAuthentication(String token, @Nullable AccessToken verified) {
        super(List.of());
        this.token = token;
        this.verified = verified;
        setAuthenticated(verified != null);
    }

    static BearerAuthentication unverified(String token) {
        return new BearerAuthentication(token, null);
    }

    static BearerAuthentication verified(String token, AccessToken access) {
        return new BearerAuthentication(token, access);
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public @Nullable Object getPrincipal() {
        return verified;
    }
}
