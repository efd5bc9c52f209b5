package dev.strata.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.DatabaseUrl;
import dev.strata.settings.PoolMode;
import dev.strata.test.PgBouncer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Both drivers through a real PgBouncer in transaction mode: with the settings Strata derives for
 * a transaction pooler no query fails; with a plain session configuration (the control) prepared
 * statements collide across shared backends, which is the failure the settings exist to avoid.
 */
@ExtendWith(TestEnvironment.class)
class TransactionPoolerTests {

    private static PgBouncer bouncer;

    @BeforeAll
    static void startPgBouncer() throws Exception {
        assumeTrue(PgBouncer.installed(), "pgbouncer is not installed (apt-get install pgbouncer); .ci/run installs it");
        bouncer = PgBouncer.start(TestEnvironment.current().database().settings());
    }

    @AfterAll
    static void stopPgBouncer() throws Exception {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    @Test
    void r2dbcPoolThroughTransactionPoolerRunsEveryQuery(TestDatabase database) {
        DatabaseSettings pooler = DatabaseUrl.parse("DATABASE_URL", bouncer.url(database));
        assertThat(pooler.isTransactionPooler()).isTrue();

        assertThat(r2dbcFailures(pooler)).isZero();
        assertThat(r2dbcFailures(pooler.withPoolMode(PoolMode.SESSION))).as("control: statement cache on").isPositive();
    }

    @Test
    void jdbcThroughTransactionPoolerRunsEveryStatement(TestDatabase database) throws Exception {
        DatabaseSettings pooler = DatabaseUrl.parse("DATABASE_URL", bouncer.url(database));

        assertThat(jdbcFailures(pooler)).isZero();
        assertThat(jdbcFailures(pooler.withPoolMode(PoolMode.SESSION))).as("control: prepareThreshold default").isPositive();
    }

    /** 400 queries over 8 pooled connections, 40 distinct statements, as a busy service would send them. */
    private static int r2dbcFailures(DatabaseSettings settings) {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(DatabaseConnections.r2dbc(settings, Duration.ofSeconds(5)))
                .initialSize(8).maxSize(8).build());
        AtomicInteger failures = new AtomicInteger();
        try {
            Flux.range(0, 400)
                    .flatMap(i -> Mono.usingWhen(pool.create(), connection -> query(connection, i % 40),
                                    Connection::close)
                            .onErrorResume(error -> {
                                failures.incrementAndGet();
                                return Mono.empty();
                            }), 16)
                    .blockLast();
        } finally {
            pool.dispose();
        }
        return failures.get();
    }

    private static Mono<Integer> query(Connection connection, int variant) {
        return Mono.from(connection.createStatement("SELECT $1::int + " + variant).bind("$1", variant).execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get(0, Integer.class))));
    }

    /** 6 connections, each running 40 executions of 4 statements, interleaved over the shared backends. */
    private static int jdbcFailures(DatabaseSettings settings) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        AtomicInteger failures = new AtomicInteger();
        Thread[] clients = new Thread[6];
        for (int c = 0; c < clients.length; c++) {
            clients[c] = Thread.ofPlatform().start(() -> {
                try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        settings.jdbcUrl("strata-test"), properties)) {
                    for (int i = 0; i < 40; i++) {
                        try (PreparedStatement statement = connection.prepareStatement("SELECT ?::int + " + (i % 4))) {
                            statement.setInt(1, i);
                            try (ResultSet rows = statement.executeQuery()) {
                                rows.next();
                            }
                        } catch (SQLException e) {
                            failures.incrementAndGet();
                        }
                    }
                } catch (SQLException e) {
                    failures.addAndGet(40);
                }
            });
        }
        for (Thread client : clients) {
            client.join();
        }
        return failures.get();
    }
}
