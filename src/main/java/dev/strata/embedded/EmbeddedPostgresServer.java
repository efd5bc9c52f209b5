package dev.strata.embedded;

import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.PoolMode;
import dev.strata.settings.SslMode;
import dev.strata.settings.StrataException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server process of this JVM (zonky's packaged binaries). With a data directory it
 * keeps its data across restarts; without one it uses a temporary directory that is removed.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final @Nullable Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, @Nullable Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts a server, stopped when this JVM exits; {@code dataDirectory} null means a throw-away one. */
    public static EmbeddedPostgresServer start(@Nullable Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * Starts a server; {@code stopWithJvm} false leaves it running when this JVM exits without
     * {@link #close} (the server runs detached from it, as {@code pg_ctl start} leaves it).
     */
    public static EmbeddedPostgresServer start(@Nullable Path dataDirectory, boolean stopWithJvm) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(stopWithJvm)
                    .setServerConfig("max_connections", "200")
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
            }
            return new EmbeddedPostgresServer(builder.start(), dataDirectory);
        } catch (IOException | RuntimeException e) {
            String where = dataDirectory == null ? "" : " with data in " + dataDirectory;
            throw new StrataException("cannot start the embedded PostgreSQL" + where + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public @Nullable Path dataDirectory() {
        return dataDirectory;
    }

    /** Connection settings for the server's {@code postgres} database as its superuser. */
    public DatabaseSettings settings() {
        return settings(port());
    }

    /** The same for an embedded server listening on {@code port}, started by this or another process. */
    public static DatabaseSettings settings(int port) {
        return new DatabaseSettings("embedded PostgreSQL", "localhost", port, "postgres", "postgres", null,
                SslMode.DISABLE, null, PoolMode.SESSION);
    }

    /**
     * The port of a server already running on {@code dataDirectory} (another Strata process, for
     * instance the service while a {@code db} command runs), read from PostgreSQL's own
     * {@code postmaster.pid}; null when none runs there.
     */
    public static @Nullable Integer runningPort(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return null;
            }
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.size() < 4 || ProcessHandle.of(Long.parseLong(lines.get(0).strip())).isEmpty()) {
                return null;
            }
            return Integer.parseInt(lines.get(3).strip());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new StrataException("cannot stop the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }
}
