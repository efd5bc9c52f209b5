package dev.strata.redis;

import dev.strata.embedded.EmbeddedServices;
import dev.strata.settings.RedisSettings;
import dev.strata.settings.RedisSetup;
import dev.strata.settings.StrataSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis from {@code REDIS_URL}, else the embedded one. Commands are rejected at once while the
 * connection is down (instead of queueing until a timeout), and Lettuce reconnects by itself, so
 * the service stays up through a Redis outage and recovers when Redis returns.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean
    RedisSettings redisSettings(StrataSettings strata, EmbeddedServices embedded) {
        RedisSetup setup = strata.redis();
        RedisURI configured = setup.url();
        String prefix = setup.keyPrefix();
        if (configured != null) {
            RedisSettings settings = new RedisSettings(configured, prefix, false);
            log.info("Redis: {} (from REDIS_URL)", settings.describe());
            return settings;
        }
        log.info("Redis: no REDIS_URL configured; starting the embedded Redis");
        return new RedisSettings(RedisURI.create(embedded.redisUrl()), prefix, true);
    }

    @Bean
    LettuceConnectionFactory redisConnectionFactory(RedisSettings settings) {
        ClientOptions options = ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(5))
                .clientOptions(options);
        if (settings.uri().isSsl()) {
            client.useSsl();
        }
        return new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(settings.uri()), client.build());
    }
}
