package dev.strata.database;

import dev.strata.settings.Env;
import dev.strata.settings.Databases;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.DatabaseSelection;
import dev.strata.embedded.EmbeddedServices;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.client.SSLMode;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The runtime plane: one R2DBC pool built from the parsed settings. There is deliberately no
 * JDBC DataSource bean, so Boot creates neither a JDBC pool nor an EntityManagerFactory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    Databases databases(Env env, EmbeddedServices embedded) {
        return switch (DatabaseSelection.from(env)) {
            case DatabaseSelection.Configured configured -> {
                log.info("Database: {}", configured.databases().runtime());
                yield configured.databases();
            }
            case DatabaseSelection.Embedded reason -> {
                log.info("Database: {}; starting the embedded PostgreSQL", reason.reason());
                DatabaseSettings settings = embedded.postgres();
                yield new Databases(settings, settings, true);
            }
        };
    }

    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(Databases databases, Env env) {
        DatabaseSettings settings = databases.runtime();
        int max = env.integer("STRATA_DB_POOL_MAX", 10, 1, 1000);
        int initial = env.integer("STRATA_DB_POOL_INITIAL", Math.min(2, max), 0, max);
        ConnectionPoolConfiguration pool = ConnectionPoolConfiguration.builder(r2dbc(settings))
                .name("strata")
                .initialSize(initial)
                .maxSize(max)
                .maxIdleTime(Duration.ofMinutes(10))
                .maxCreateConnectionTime(Duration.ofSeconds(10))
                .maxAcquireTime(Duration.ofSeconds(30))
                .build();
        return new ConnectionPool(pool);
    }

    /** The runtime driver configuration; behind a transaction pooler no statement is cached. */
    static PostgresqlConnectionFactory r2dbc(DatabaseSettings settings) {
        PostgresqlConnectionConfiguration.Builder builder = PostgresqlConnectionConfiguration.builder()
                .host(settings.host())
                .port(settings.port())
                .database(settings.database())
                .username(settings.user())
                .applicationName(DatabaseSettings.RUNTIME_APPLICATION_NAME)
                .sslMode(SSLMode.valueOf(settings.sslMode().name()))
                .connectTimeout(Duration.ofSeconds(5))
                .tcpKeepAlive(true);
        if (settings.password() != null) {
            builder.password(settings.password());
        }
        if (settings.sslRootCert() != null) {
            builder.sslRootCert(settings.sslRootCert());
        }
        if (settings.isTransactionPooler()) {
            builder.preparedStatementCacheQueries(0);
        }
        return new PostgresqlConnectionFactory(builder.build());
    }
}
