package dev.strata.database;

import dev.strata.settings.DatabaseSettings;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.client.SSLMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import reactor.netty.resources.LoopResources;

/**
 * Opens a parsed connection target with either driver: JDBC for migrations and the {@code db}
 * commands, R2DBC for the runtime pool. Both carry the same SSL mode and pooler handling.
 */
public final class DatabaseConnections {

    private DatabaseConnections() {
    }

    /**
     * A non-pooled JDBC DataSource for {@code target}: every {@code getConnection()} opens a
     * connection that its caller closes. Connecting gives up after 5 s.
     */
    public static PGSimpleDataSource jdbc(DatabaseSettings target, String applicationName) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(target.jdbcUrl(applicationName));
        dataSource.setUser(target.user());
        if (target.password() != null) {
            dataSource.setPassword(target.password());
        }
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(0);
        return dataSource;
    }

    /**
     * The runtime driver configuration; behind a transaction pooler no statement is cached.
     * Connecting gives up after {@code connectTimeout}.
     */
    static PostgresqlConnectionFactory r2dbc(DatabaseSettings settings, Duration connectTimeout) {
        return r2dbc(settings, connectTimeout, null);
    }

    /** The same on the given event loops; null: the driver's default, Reactor Netty's shared TCP loops. */
    static PostgresqlConnectionFactory r2dbc(DatabaseSettings settings, Duration connectTimeout,
            @Nullable LoopResources loops) {
        PostgresqlConnectionConfiguration.Builder builder = PostgresqlConnectionConfiguration.builder()
                .host(settings.host())
                .port(settings.port())
                .database(settings.database())
                .username(settings.user())
                .applicationName(DatabaseSettings.RUNTIME_APPLICATION_NAME)
                .sslMode(SSLMode.valueOf(settings.sslMode().name()))
                .connectTimeout(connectTimeout)
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
        if (loops != null) {
            builder.loopResources(loops);
        }
        return new PostgresqlConnectionFactory(builder.build());
    }
}
