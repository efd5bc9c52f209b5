package dev.strata.auth.supabase;

import dev.strata.auth.tokens.TokenService;
import dev.strata.settings.RedisSettings;
import dev.strata.settings.StrataSettings;
import dev.strata.settings.SupabaseSettings;
import dev.strata.user.UserRepository;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.ObjectMapper;

/** Supabase Auth as the user store, and its access tokens accepted; wired only when {@code SUPABASE_URL} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(SupabaseConfigured.class)
class SupabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SupabaseConfiguration.class);

    @Bean
    SupabaseSettings supabaseSettings(StrataSettings strata) {
        // The settings already refused an issuer equal to Supabase's.
        SupabaseSettings settings = Objects.requireNonNull(strata.supabase(), "SUPABASE_URL is set");
        log.info("Auth: users in Supabase Auth at {}; Supabase access tokens accepted ({})", settings.url(),
                settings.jwtSecret() == null ? "JWKS" : "JWKS and the legacy HS256 secret");
        return settings;
    }

    @Bean(destroyMethod = "close")
    SupabaseAuthClient supabaseAuthClient(SupabaseSettings settings, ObjectMapper json) {
        return new SupabaseAuthClient(settings, json);
    }

    @Bean
    SupabaseProfiles supabaseProfiles(UserRepository users, StrataSettings strata) {
        return new SupabaseProfiles(users, strata.database().timeout());
    }

    @Bean
    SupabaseUsers supabaseUsers(SupabaseAuthClient client, SupabaseProfiles profiles) {
        return new SupabaseUsers(client, profiles);
    }

    @Bean
    SupabaseTokens supabaseTokens(SupabaseSettings settings, SupabaseAuthClient client, SupabaseProfiles profiles,
            ReactiveStringRedisTemplate redis, RedisSettings redisSettings, TokenService tokens) {
        Clock clock = Clock.systemUTC();
        return new SupabaseTokens(settings, new SupabaseJwks(client::jwks, clock, settings.jwksMinRefetch()),
                new SupabaseRevocations(redis, redisSettings.keyPrefix(), tokens.settings().refreshLifetime(), clock),
                client, profiles, clock);
    }
}
