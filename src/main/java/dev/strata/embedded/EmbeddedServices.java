package dev.strata.embedded;

import dev.strata.settings.DatabaseSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zero-setup run's servers, each started the first time it is asked for and stopped when the
 * application context closes. PostgreSQL keeps its data under {@code <STRATA_HOME>/postgres}.
 */
public final class EmbeddedServices implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private final Path home;
    private @Nullable EmbeddedPostgresServer postgres;
    private @Nullable EmbeddedRedisServer redis;

    public EmbeddedServices(Path home) {
        this.home = home;
    }

    /** Where the embedded PostgreSQL of {@code home} keeps its data. */
    public static Path postgresData(Path home) {
        return home.resolve("postgres");
    }

    public synchronized DatabaseSettings postgres() {
        if (postgres == null) {
            long started = System.nanoTime();
            postgres = EmbeddedPostgresServer.start(postgresData(home));
            log.info("Embedded PostgreSQL started on port {} in {} ms (data in {})", postgres.port(),
                    (System.nanoTime() - started) / 1_000_000, postgres.dataDirectory());
        }
        return postgres.settings();
    }

    public synchronized String redisUrl() {
        if (redis == null) {
            redis = EmbeddedRedisServer.start();
            log.info("Embedded Redis started on port {}", redis.port());
        }
        return redis.url();
    }

    public synchronized boolean postgresStarted() {
        return postgres != null;
    }

    public synchronized boolean redisStarted() {
        return redis != null;
    }

    public Path home() {
        return home;
    }

    @Override
    public synchronized void close() {
        if (redis != null) {
            redis.close();
            redis = null;
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
