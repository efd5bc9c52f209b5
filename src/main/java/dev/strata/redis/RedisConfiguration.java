package dev.strata.redis;

import dev.strata.embedded.EmbeddedServices;
import dev.strata.settings.RedisSettings;
import dev.strata.settings.RedisSetup;
import dev.strata.settings.StrataSettings;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Redis from {@code REDIS_URL} (one node, or a master found through Sentinel), Sentinel's or
 * Cluster's own variables ({@link RedisTopologies}), else the embedded one. Commands are rejected at once while the
 * connection is down (instead of queueing until a timeout), and Lettuce reconnects by itself, so
 * the service stays up through a Redis outage and recovers when Redis returns.
 */
@Configuration(proxyBeanMethods = false)
class RedisConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

    @Bean
    RedisSettings redisSettings(StrataSettings strata, EmbeddedServices embedded) {
        RedisSetup setup = strata.redis();
        RedisURI configured = setup.cluster() ? setup.clusterNodes().getFirst() : setup.url();
        String prefix = setup.keyPrefix();
        if (configured != null) {
            RedisSettings settings = new RedisSettings(configured, prefix, false);
            log.info("Redis: {}", setup.describe());
            return settings;
        }
        log.info("Redis: no REDIS_URL configured; starting the embedded Redis");
        return new RedisSettings(RedisURI.create(embedded.redisUrl()), prefix, true);
    }

    /**
     * Lettuce's own threads, reconnecting at most a second apart: its default backoff grows to 30 s,
     * so after a long outage the service would stay cut off that long after Redis returned.
     */
    @Bean(destroyMethod = "shutdown")
    ClientResources lettuceClientResources(ObjectProvider<MeterRegistry> metrics) {
        DefaultClientResources.Builder resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS));
        // Command latencies per command type (lettuce.command.completion and .firstresponse), without host tags.
        metrics.ifAvailable(registry -> resources.commandLatencyRecorder(new MicrometerCommandLatencyRecorder(registry,
                MicrometerOptions.builder().localDistinction(false).build())));
        return resources.build();
    }

    /**
     * Every command, and connecting, is bounded by {@code STRATA_REDIS_TIMEOUT_MS}: a Redis that
     * hangs (stopped, or a connection held open by a proxy) fails each command in time with
     * Lettuce's command timeout, which the service answers with a 503.
     */
    @Bean
    LettuceConnectionFactory redisConnectionFactory(RedisSettings settings, StrataSettings strata, ClientResources resources) {
        RedisSetup setup = strata.redis();
        Duration timeout = setup.timeout();
        ClientOptions options = ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .build();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(timeout)
                .clientResources(resources)
                .clientOptions(setup.cluster() ? RedisTopologies.clusterOptions(options, timeout) : options);
        if (settings.uri().isSsl()) {
            client.useSsl();
        }
        if (setup.cluster()) {
            return new LettuceConnectionFactory(RedisTopologies.cluster(setup.clusterNodes()), client.build());
        }
        return new LettuceConnectionFactory(
                LettuceConnectionFactory.createRedisConfiguration(settings.uri()), client.build());
    }

    /** {@code WAIT} bounded by half the command deadline, so the command's own deadline never fires first. */
    @Bean
    ReplicaWait replicaWait(LettuceConnectionFactory redis, RedisSettings settings, StrataSettings strata) {
        return new ReplicaWait(redis, settings.uri(), strata.redis().waitReplicas(), strata.redis().timeout().dividedBy(2));
    }
}
