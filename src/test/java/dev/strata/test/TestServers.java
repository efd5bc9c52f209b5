package dev.strata.test;

import dev.strata.embedded.EmbeddedPostgresServer;
import dev.strata.embedded.EmbeddedRedisServer;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.DatabaseUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL and Redis servers of this test JVM, chosen once: {@code TEST_DATABASE_URL} /
 * {@code TEST_REDIS_URL} when set; else Testcontainers when Docker answers; else embedded
 * processes. Test classes never share a database: {@link TestEnvironment} makes one each.
 */
final class TestServers {

    private static final Logger log = LoggerFactory.getLogger(TestServers.class);

    private static @Nullable DatabaseSettings postgres;
    private static @Nullable String redis;

    private TestServers() {
    }

    /** Admin settings of the PostgreSQL server (its {@code postgres} database). */
    static synchronized DatabaseSettings postgres() {
        if (postgres == null) {
            postgres = startPostgres();
        }
        return postgres;
    }

    static synchronized String redis() {
        if (redis == null) {
            redis = startRedis();
        }
        return redis;
    }

    private static DatabaseSettings startPostgres() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            log.info("Test PostgreSQL: TEST_DATABASE_URL");
            return DatabaseUrl.parse("TEST_DATABASE_URL", url);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Test PostgreSQL: Testcontainers {}", container.getJdbcUrl());
            return DatabaseUrl.parse("Testcontainers", container.getJdbcUrl() + "&user=" + container.getUsername()
                    + "&password=" + container.getPassword()).withDatabase("postgres");
        }
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(null);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        log.info("Test PostgreSQL: embedded on port {} (no TEST_DATABASE_URL, no Docker)", server.port());
        return server.settings();
    }

    private static String startRedis() {
        String url = System.getenv("TEST_REDIS_URL");
        if (url != null && !url.isBlank()) {
            log.info("Test Redis: TEST_REDIS_URL");
            return url;
        }
        if (dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7").withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            log.info("Test Redis: Testcontainers");
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        EmbeddedRedisServer server = EmbeddedRedisServer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        log.info("Test Redis: embedded on port {} (no TEST_REDIS_URL, no Docker)", server.port());
        return server.url();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
