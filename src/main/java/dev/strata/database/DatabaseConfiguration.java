package dev.strata.database;

import dev.strata.embedded.EmbeddedServices;
import dev.strata.settings.DatabaseSetup;
import dev.strata.settings.Databases;
import dev.strata.settings.StrataSettings;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
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
    Databases databases(StrataSettings settings, EmbeddedServices embedded) {
        Databases databases = settings.database().selection().databases(reason -> {
            log.info("Database: {}; starting the embedded PostgreSQL", reason);
            return embedded.postgres();
        });
        if (!databases.embedded()) {
            log.info("Database: {}", databases.runtime());
        }
        return databases;
    }

    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(Databases databases, StrataSettings settings) {
        DatabaseSetup database = settings.database();
        ConnectionPoolConfiguration pool = ConnectionPoolConfiguration.builder(DatabaseConnections.r2dbc(databases.runtime()))
                .name("strata")
                .initialSize(database.poolInitial())
                .maxSize(database.poolMax())
                .maxIdleTime(Duration.ofMinutes(10))
                .maxCreateConnectionTime(Duration.ofSeconds(10))
                .maxAcquireTime(Duration.ofSeconds(30))
                .build();
        return new ConnectionPool(pool);
    }
}
