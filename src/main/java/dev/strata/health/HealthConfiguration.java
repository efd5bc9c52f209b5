package dev.strata.health;

import dev.strata.migration.MigrationCatalog;
import dev.strata.settings.StrataSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.health.registry.ReactiveHealthContributorRegistry;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;

/**
 * The dependency checks behind {@code /health}, also offered to Actuator as the {@code database}
 * and {@code redis} indicators of the readiness group, so orchestrators and {@code /health}
 * always agree.
 */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    @Bean
    DependencyChecks dependencyChecks(ConnectionFactory connectionFactory, ReactiveRedisConnectionFactory redis,
            MigrationCatalog catalog, StrataSettings settings) {
        return new DependencyChecks(connectionFactory, redis, catalog, settings.health().timeout());
    }

    @Bean
    AppVersion appVersion(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new AppVersion(properties == null ? "dev" : properties.getVersion());
    }

    @Bean
    ReactiveHealthIndicator databaseHealthIndicator(DependencyChecks checks) {
        return () -> checks.database().map(HealthConfiguration::health);
    }

    @Bean
    ReactiveHealthIndicator redisHealthIndicator(DependencyChecks checks) {
        return () -> checks.redis().map(HealthConfiguration::health);
    }

    @Bean
    ActuatorHealthPaths actuatorHealthPaths(HealthEndpointGroups groups,
            ObjectProvider<HealthContributorRegistry> blocking, ObjectProvider<ReactiveHealthContributorRegistry> reactive) {
        return new ActuatorHealthPaths(groups, blocking, reactive);
    }

    private static Health health(Check check) {
        return check.ok() ? Health.up().build() : Health.down().withDetail("error", check.error()).build();
    }


    @Bean
    MigrationGauges migrationGauges(DependencyChecks checks, MeterRegistry registry) {
        return new MigrationGauges(checks, registry);
    }
}
