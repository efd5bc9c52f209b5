package dev.strata.auth;

import dev.strata.auth.local.LocalUsers;
import dev.strata.auth.session.SessionStore;
import dev.strata.auth.supabase.SupabaseConfigured;
import dev.strata.auth.tokens.TokenService;
import dev.strata.embedded.EmbeddedServices;
import dev.strata.redis.ReplicaWait;
import dev.strata.settings.AuthSettings;
import dev.strata.settings.JwtSecret;
import dev.strata.settings.LeakCheckSettings;
import dev.strata.settings.RedisSettings;
import dev.strata.settings.StrataSettings;
import dev.strata.user.UserRepository;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Auth wiring. Settings are checked at start, so a missing or short secret or an unknown
 * algorithm stops the service before it serves. The user store is the built-in one here unless
 * {@code SUPABASE_URL} is set, in which case {@code auth/supabase} provides it and the verifier of
 * Supabase's tokens.
 */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

    /** bcrypt cost 10: about 60-80 ms a hash on one core here, the bulk of a registration or login. */
    static final int BCRYPT_COST = 10;

    @Bean
    JwtSecret jwtSecret(StrataSettings settings, EmbeddedServices embedded) {
        return JwtSecret.resolve(settings.auth().secret(), embedded.home());
    }

    @Bean
    TokenService tokenService(StrataSettings settings, JwtSecret secret) {
        return new TokenService(settings.auth().tokens(), secret.key(), Clock.systemUTC());
    }

    @Bean
    SessionStore sessionStore(ReactiveStringRedisTemplate redis, RedisSettings settings, TokenService tokens,
            ReplicaWait replicas, MeterRegistry metrics) {
        return new SessionStore(redis, settings.keyPrefix(), tokens.settings().refreshLifetime(), replicas, metrics);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }

    @Bean
    @Conditional(SupabaseConfigured.Not.class)
    LocalUsers localUsers(DatabaseClient client, TransactionalOperator transaction, PasswordEncoder encoder,
            StrataSettings settings) {
        log.info("Auth: built-in users (no SUPABASE_URL), bcrypt cost {}", BCRYPT_COST);
        return new LocalUsers(client, transaction, encoder, settings.database().timeout());
    }

    @Bean
    @Conditional(SupabaseConfigured.Not.class)
    ProviderTokens noProviderTokens() {
        return new NoProviderTokens();
    }

    @Bean
    BearerVerifier bearerVerifier(TokenService tokens, SessionStore sessions, ProviderTokens providerTokens) {
        return new BearerVerifier(tokens, sessions, providerTokens);
    }

    /** Closed with the context when it is the real check (Spring closes an {@link AutoCloseable} bean). */
    @Bean
    LeakCheck leakCheck(StrataSettings strata) {
        LeakCheckSettings settings = strata.auth().passwords().leakCheck();
        if (!settings.enabled()) {
            return LeakCheck.OFF;
        }
        if (strata.supabase() != null) {
            log.warn("STRATA_PASSWORD_LEAK_CHECK is for built-in users and is ignored in Supabase mode: turn on the "
                    + "project's leaked password protection in Supabase Auth instead");
            return LeakCheck.OFF;
        }
        log.info("Auth: passwords found in data breaches are refused on registration ({}/range/<first 5 hex characters "
                + "of the SHA-1>, within {} ms, else 503)", settings.url(), settings.timeout().toMillis());
        return new PwnedPasswordsCheck(settings);
    }

    @Bean
    AuthService authService(AuthProvider users, ProviderTokens providerTokens, UserRepository profiles,
            SessionStore sessions, TokenService tokens, ReactiveStringRedisTemplate redis, RedisSettings settings,
            StrataSettings strata, LeakCheck leaks) {
        AuthSettings auth = strata.auth();
        return new AuthService(users, providerTokens, profiles, sessions, tokens,
                new RateLimiter(redis, settings.keyPrefix(), Clock.systemUTC()),
                new AuthService.Limits(auth.rateLimitIp(), auth.rateLimitAccount()),
                // Supabase Auth applies the project's own password rule and names its reasons; ours is for built-in users.
                strata.supabase() == null ? PasswordPolicy.of(auth.passwords()) : PasswordPolicy.PROVIDER_DECIDES, leaks,
                new AuthService.Deadlines(strata.database().timeout()));
    }
}
