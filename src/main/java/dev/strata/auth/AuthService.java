package dev.strata.auth;

import dev.strata.auth.session.Session;
import dev.strata.auth.session.SessionStore;
import dev.strata.auth.tokens.TokenService;
import dev.strata.user.UserProfile;
import dev.strata.user.UserRepository;
import dev.strata.web.ApiException;
import dev.strata.web.Dependency;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import reactor.core.publisher.Mono;

/**
 * Register, login, refresh, logout and me. The provider (built-in or Supabase) keeps the
 * accounts; sessions are always the service's own, in Redis, with jjwt access tokens.
 */
final class AuthService {

    /**
     * Rate limits, per minute.
     *
     * @param perIp {@code STRATA_RATE_LIMIT_IP} (default 30): register and login attempts from one address
     * @param failedPerAccount {@code STRATA_RATE_LIMIT_ACCOUNT} (default 10): failed logins of one account
     */
    record Limits(int perIp, int failedPerAccount) {
    }

    /**
     * How long a call may take before the request answers 503 instead of waiting on.
     *
     * @param database {@code STRATA_DB_TIMEOUT_MS}: reading a profile
     */
    record Deadlines(Duration database) {
    }

    private final AuthProvider users;
    private final ProviderTokens providerTokens;
    private final UserRepository profiles;
    private final SessionStore sessions;
    private final TokenService tokens;
    private final RateLimiter limiter;
    private final Limits limits;
    private final PasswordPolicy policy;
    private final LeakCheck leaks;
    private final Deadlines deadlines;

    AuthService(AuthProvider users, ProviderTokens providerTokens, UserRepository profiles, SessionStore sessions,
            TokenService tokens, RateLimiter limiter, Limits limits, PasswordPolicy policy, LeakCheck leaks,
            Deadlines deadlines) {
        this.users = users;
        this.providerTokens = providerTokens;
        this.profiles = profiles;
        this.sessions = sessions;
        this.tokens = tokens;
        this.limiter = limiter;
        this.limits = limits;
        this.policy = policy;
        this.deadlines = deadlines;
        this.leaks = leaks;
    }

    /**
     * The password rule first (no call out for a password refused anyway), then the rate limit,
     * then the leaked-password lookup, so the limit also bounds the lookups one address causes.
     */
    Mono<RegisterResponse> register(AuthRequests.Register request, String ip) {
        String email = EmailAddress.ofRequest(request.email());
        policy.check(request.password());
        return limiter.hit("register-ip", ip, limits.perIp())
                .then(leaks.check(request.password()))
                .then(users.register(email, request.password(), request.fullName()))
                .flatMap(registration -> switch (registration) {
                    case Registration.Created created -> startSession(created.user());
                    case Registration.ConfirmationRequired pending ->
                            Mono.just(new RegisterResponse.PendingConfirmation(pending.user(), true));
                });
    }

    /**
     * Every attempt takes a slot of the account's budget before the password is checked, so a
     * burst of guesses cannot slip past the limit; a successful login gives its slot back.
     */
    Mono<TokenResponse> login(AuthRequests.Login request, String ip) {
        String email = EmailAddress.ofRequest(request.email());
        return limiter.hit("login-ip", ip, limits.perIp())
                .then(limiter.hit("login-account", email, limits.failedPerAccount()))
                .then(users.authenticate(email, request.password()))
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials",
                        "Invalid email or password.")))
                .flatMap(user -> limiter.refund("login-account", email).then(startSession(user)));
    }

    Mono<TokenResponse> refresh(AuthRequests.Refresh request) {
        return sessions.rotate(request.refreshToken())
                .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.UNAUTHORIZED, "invalid_refresh_token",
                        "The refresh token is not valid; sign in again.")))
                .flatMap(session -> profile(session.userId())
                        .switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.UNAUTHORIZED, "invalid_refresh_token",
                                "The account is no longer active; sign in again.")))
                        .map(user -> response(user, session)));
    }

    /**
     * Ends the caller's session. With {@code global}, every session of the user ends: the
     * service's own, and in Supabase mode its Supabase sessions too.
     */
    Mono<Void> logout(Caller caller, boolean global) {
        return switch (caller) {
            case Caller.Own own -> global
                    ? sessions.revokeAll(own.userId())
                            .then(providerTokens.logoutAll(own.userId()))
                    : sessions.revoke(own.userId(), own.token().sessionId());
            case Caller.Provider provider -> (global ? sessions.revokeAll(provider.userId()) : Mono.<Void>empty())
                    .then(providerTokens.logout(provider.token(), global));
        };
    }

    Mono<UserProfile> me(Caller caller) {
        Mono<UserProfile> profile = switch (caller) {
            case Caller.Own own -> profile(own.userId());
            case Caller.Provider provider -> providerTokens.profile(provider.token());
        };
        return profile.switchIfEmpty(Mono.error(() -> new ApiException(HttpStatus.UNAUTHORIZED, "unauthorized",
                "The account is no longer active.")));
    }

    private Mono<UserProfile> profile(UUID userId) {
        return Dependency.DATABASE.within(deadlines.database(), profiles.findById(userId));
    }

    private Mono<TokenResponse> startSession(UserProfile user) {
        return sessions.create(user.id()).map(session -> response(user, session));
    }

    private TokenResponse response(UserProfile user, Session session) {
        return new TokenResponse(user, tokens.issue(user.id(), session.sessionId()), session.refreshToken(), "bearer",
                tokens.settings().accessLifetime().toSeconds());
    }
}
