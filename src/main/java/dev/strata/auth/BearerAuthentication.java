package dev.strata.auth;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer token: unverified as it arrives, then authenticated with who it speaks for. */
final class BearerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final String token;
    private final transient @Nullable Caller verified;

    private BearerAuthentication(String token, @Nullable Caller verified) {
        super(List.of());
        this.token = token;
        this.verified = verified;
        setAuthenticated(verified != null);
    }

    static BearerAuthentication unverified(String token) {
        return new BearerAuthentication(token, null);
    }

    static BearerAuthentication verified(String token, Caller caller) {
        return new BearerAuthentication(token, caller);
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
