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
import reactor.core.publisher.Mono;
import reactor.netty.resources.LoopResources;

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

    /**
     * The runtime pool's own event loops, not colocated. Reactor Netty's shared TCP loops put a
     * connection opened from an event-loop thread on that same loop, and the pool opens its
     * connections from the thread that asked for one, often a database loop itself: they can all
     * end up on one loop, and all database I/O on one thread (r2dbc-pool#190). These loops hand
     * new connections out in turn.
     */
    @Bean(destroyMethod = "dispose")
    LoopResources databaseEventLoops() {
        return LoopResources.create("strata-db", 1, LoopResources.DEFAULT_IO_WORKER_COUNT, true, false);
    }

    /**
     * Waiting for a pooled connection and opening a new one are each bounded by
     * {@code STRATA_DB_TIMEOUT_MS}, so a database that is down or hangs fails the request in time
     * (a 503) instead of holding it. Outside a transaction pooler, PostgreSQL also cancels a
     * statement running longer than that: the client stopped waiting, so the server should too.
     */
    @Bean(destroyMethod = "dispose")
    ConnectionPool connectionFactory(Databases databases, StrataSettings settings, LoopResources databaseEventLoops) {
        DatabaseSetup database = settings.database();
        Duration timeout = database.timeout();
        ConnectionPoolConfiguration.Builder pool = ConnectionPoolConfiguration
                .builder(DatabaseConnections.r2dbc(databases.runtime(), timeout, databaseEventLoops))
                .name("strata")
                .initialSize(database.poolInitial())
                .maxSize(database.poolMax())
                .maxIdleTime(Duration.ofMinutes(10))
                .maxCreateConnectionTime(timeout)
                .maxAcquireTime(timeout);
        if (!databases.runtime().isTransactionPooler()) {
            // A SET, not a startup parameter: poolers such as PgBouncer refuse unknown startup parameters.
            pool.postAllocate(connection -> Mono.from(connection.setStatementTimeout(timeout)));
        }
        return new ConnectionPool(pool.build());
    }
}
