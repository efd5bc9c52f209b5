package dev.strata.migration.autogenerate.shadow;

import dev.strata.database.DatabaseConnections;
import dev.strata.database.DatabaseError;
import dev.strata.embedded.EmbeddedPostgresServer;
import dev.strata.embedded.IdleShutdown;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import dev.strata.settings.ToolSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where scratch databases are made: the server of {@code SHADOW_DATABASE_URL} when it is set,
 * else an embedded PostgreSQL with its own data directory ({@code <STRATA_HOME>/shadow}, never
 * the service's data). The embedded server stays up {@code SHADOW_KEEP_SECONDS} after the last
 * command that used it, so that the next command finds it running ({@link IdleShutdown} stops it
 * then); while a command uses it, its deadline is pushed on. Closing drops every scratch database
 * still there, and with {@code SHADOW_KEEP_SECONDS=0} stops the embedded server if this process
 * started it; a shutdown hook does the same when the process is interrupted (Ctrl-C, SIGTERM).
 * With {@code SHADOW_SUPABASE} on, every scratch database starts with the Supabase baseline
 * ({@code supabase-baseline.sql}).
 */
public final class ScratchServer implements AutoCloseable {

    /** The setting naming a server where the scratch databases may be created. */
    public static final String SHADOW_DATABASE_URL = ToolSettings.SHADOW_DATABASE_URL;

    /** Every scratch database's name starts with this. */
    public static final String PREFIX = "strata_shadow_";

    /** Every template database's name starts with this (never {@link #PREFIX}: leftovers are dropped by it). */
    public static final String TEMPLATE_PREFIX = "strata_template_";

    /** How many template databases a server keeps, the newest. */
    static final int TEMPLATES_KEPT = 5;

    private static final String DUPLICATE_DATABASE = "42P04";

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String SUPABASE_BASELINE = "supabase-baseline.sql";

    /** While a command uses the embedded server, its deadline is at least this far ahead... */
    private static final long IN_USE_SECONDS = 60;

    /** ...and pushed on this often. */
    private static final long HEARTBEAT_MILLIS = 20_000;

    /** How long a server left to another command's use stays up once idle when nobody asked to keep it. */
    private static final long HANDED_OVER_SECONDS = 60;

    private final DatabaseSettings admin;
    private final boolean supabase;
    private final @Nullable EmbeddedPostgresServer started;
    private final Consumer<String> progress;
    private final @Nullable Embedded embedded;
    private final Set<String> databases = new LinkedHashSet<>();
    private final Thread cleanup = new Thread(this::close, "strata-scratch-cleanup");
    private final @Nullable Thread heartbeat;
    private final String copyStrategy;
    private boolean closed;

    /**
     * The embedded server's data directory, how long it stays up after this command (0: stopped
     * at close when started here), and whether a watchdog stops it (false when none could start).
     */
    private record Embedded(Path data, int keepSeconds, boolean watched) {

        boolean kept() {
            return keepSeconds > 0 && watched;
        }
    }

    private ScratchServer(DatabaseSettings admin, boolean supabase, @Nullable EmbeddedPostgresServer started,
            Consumer<String> progress, @Nullable Embedded embedded) {
        this.admin = admin;
        this.supabase = supabase;
        this.started = started;
        this.progress = progress;
        this.embedded = embedded;
        this.copyStrategy = embedded == null ? "" : copyStrategy(embedded.data());
        Runtime.getRuntime().addShutdownHook(cleanup);
        if (embedded == null) {
            heartbeat = null;
        } else {
            heartbeat = new Thread(this::heartbeat, "strata-scratch-heartbeat");
            heartbeat.setDaemon(true);
            heartbeat.start();
        }
    }

    /** The server the settings choose; one progress line says which. */
    public static ScratchServer open(CommandSettings settings, Consumer<String> progress) {
        DatabaseSettings admin = settings.tools().shadowDatabase();
        boolean supabase = settings.tools().shadowSupabase();
        if (supabase) {
            progress.accept("Scratch databases get the Supabase baseline (auth.users, auth.uid(), the API roles): "
                    + ToolSettings.SHADOW_SUPABASE);
        }
        if (admin != null) {
            if (admin.isTransactionPooler()) {
                throw new StrataException(SHADOW_DATABASE_URL + " points at a transaction-mode pooler ("
                        + admin.hostAndPort() + "): give the server's own address");
            }
            progress.accept("Scratch databases: " + SHADOW_DATABASE_URL + " (" + admin.hostAndPort() + ")");
            return new ScratchServer(admin, supabase, null, progress, null);
        }
        return embedded(embeddedData(settings), supabase, settings.tools().shadowKeepSeconds(), progress);
    }

    /**
     * The PostgreSQL major version {@link #open} will give, when it is known before starting or
     * connecting: that of the embedded server's data directory ({@code PG_VERSION}), once it
     * exists. Empty with {@code SHADOW_DATABASE_URL}: only the server can say.
     */
    public static OptionalInt expectedMajorVersion(CommandSettings settings) {
        if (settings.tools().shadowDatabase() != null) {
            return OptionalInt.empty();
        }
        return dataVersion(embeddedData(settings));
    }

    /** The major version of the PostgreSQL data directory {@code data} ({@code PG_VERSION}), once it exists. */
    private static OptionalInt dataVersion(Path data) {
        try {
            return OptionalInt.of(Integer.parseInt(Files.readString(data.resolve("PG_VERSION")).strip()));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Path embeddedData(CommandSettings settings) {
        return settings.embedded().home().resolve("shadow");
    }

    private static ScratchServer embedded(Path data, boolean supabase, int keepSeconds, Consumer<String> progress) {
        Integer running = EmbeddedPostgresServer.runningPort(data);
        if (running != null) {
            return running(data, running, supabase, keepSeconds, progress);
        }
        long begin = System.nanoTime();
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(data, keepSeconds == 0);
        } catch (StrataException e) {
            Integer meanwhile = EmbeddedPostgresServer.runningPort(data);
            if (meanwhile == null) {
                throw e;
            }
            // another command started it a moment ago (it holds the data directory's lock)
            return running(data, meanwhile, supabase, keepSeconds, progress);
        }
        Embedded embedded = new Embedded(data, keepSeconds, keepSeconds > 0 && inUse(data) && IdleShutdown.watch(data));
        String kept = !embedded.kept() ? ""
                : "; it stays up " + keepSeconds + " s after the last command (" + ToolSettings.SHADOW_KEEP_SECONDS + ")";
        progress.accept("Scratch databases: embedded PostgreSQL (data in " + data + "), up in "
                + (System.nanoTime() - begin) / 1_000_000 + " ms" + kept);
        ScratchServer scratch = new ScratchServer(server.settings(), supabase, server, progress, embedded);
        scratch.dropLeftovers();
        return scratch;
    }

    private static ScratchServer running(Path data, int port, boolean supabase, int keepSeconds, Consumer<String> progress) {
        progress.accept("Scratch databases: the embedded PostgreSQL already running on " + data);
        boolean watched = inUse(data) && IdleShutdown.watch(data);
        return new ScratchServer(EmbeddedPostgresServer.settings(port), supabase, null, progress,
                new Embedded(data, keepSeconds, watched));
    }

    /** Pushes the embedded server's deadline on while this command uses it; false when it cannot be written. */
    private static boolean inUse(Path data) {
        try {
            IdleShutdown.keepFor(data, IN_USE_SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void heartbeat() {
        Embedded server = Objects.requireNonNull(embedded);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(HEARTBEAT_MILLIS);
                inUse(server.data());
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /**
     * How databases are copied on the embedded server on {@code data} (fsync off, nobody else's):
     * file by file, which takes half the time of the default since PostgreSQL 15 (each page through
     * the WAL, which spares a shared server's checkpoints). A {@code SHADOW_DATABASE_URL} server
     * keeps its default.
     */
    private static String copyStrategy(Path data) {
        return dataVersion(data).orElse(0) >= 15 ? " STRATEGY FILE_COPY" : "";
    }

    /** A new, empty database; it is dropped when closed, or when this server closes. */
    public ScratchDatabase create() {
        return create(null);
    }

    /**
     * A new database copied from the template database {@code template} (made by
     * {@link #keepAsTemplate}), which already holds the Supabase baseline when it is on; null when
     * the template is gone or cannot be copied (another command dropped it a moment ago).
     */
    public @Nullable ScratchDatabase copyOf(String template) {
        try {
            return create(template);
        } catch (StrataException e) {
            return null;
        }
    }

    private ScratchDatabase create(@Nullable String template) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        String name = PREFIX + HexFormat.of().formatHex(random);
        synchronized (this) {
            if (closed) {
                throw new StrataException("the scratch server is closed (the command was interrupted)");
            }
            databases.add(name);
        }
        try {
            admin("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template) + copyStrategy);
        } catch (SQLException e) {
            synchronized (this) {
                databases.remove(name);
            }
            throw new StrataException("cannot create a scratch database on " + admin.hostAndPort() + " as "
                    + admin.user() + " (the role needs CREATEDB): " + DatabaseError.describe(e), e);
        }
        ScratchDatabase database = new ScratchDatabase(this, admin.withDatabase(name));
        if (supabase && template == null) {
            baseline(database);
        }
        return database;
    }

    /** The Supabase baseline every scratch database starts with, or "" when it is off: a template's contents depend on it. */
    public String baselineSql() {
        if (!supabase) {
            return "";
        }
        try (InputStream in = ScratchServer.class.getResourceAsStream(SUPABASE_BASELINE)) {
            return new String(Objects.requireNonNull(in, SUPABASE_BASELINE).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException("cannot read " + SUPABASE_BASELINE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Keeps a copy of {@code source} (no connection to it may be open) as the template database
     * {@code template} ({@link #TEMPLATE_PREFIX} and a digest of what it holds), which outlives
     * this command: nobody may connect to it, {@link #copyOf} copies it, and only the
     * {@link #TEMPLATES_KEPT} newest templates stay. A template another command made at the same
     * time is as good; a failure only costs the next command a replay, so it is reported and ignored.
     */
    public void keepAsTemplate(ScratchDatabase source, String template) {
        try {
            admin("CREATE DATABASE " + template + " TEMPLATE " + source.name() + copyStrategy);
            admin("ALTER DATABASE " + template + " WITH ALLOW_CONNECTIONS false");
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                progress.accept("Could not keep " + template + " on " + admin.hostAndPort() + " for the next command: "
                        + DatabaseError.describe(e));
            }
            return;
        }
        for (String old : names("SELECT datname FROM pg_database WHERE datname LIKE '" + like(TEMPLATE_PREFIX)
                + "%' ORDER BY oid DESC OFFSET " + TEMPLATES_KEPT)) {
            try {
                admin("DROP DATABASE IF EXISTS " + old + " WITH (FORCE)");
            } catch (SQLException e) {
                progress.accept("Could not drop the old template " + old + ": " + DatabaseError.describe(e));
            }
        }
    }

    private void baseline(ScratchDatabase database) {
        String sql;
        try {
            sql = baselineSql();
        } catch (StrataException e) {
            database.close();
            throw e;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            database.close();
            throw new StrataException("cannot give the scratch database " + database.name() + " the Supabase baseline ("
                    + ToolSettings.SHADOW_SUPABASE + "; creating the roles anon, authenticated and service_role "
                    + "needs CREATEROLE): " + DatabaseError.describe(e), e);
        }
    }

    /** The names of the scratch databases this server made that still exist. */
    public synchronized List<String> databases() {
        return List.copyOf(databases);
    }

    synchronized void drop(String name) {
        if (!databases.remove(name)) {
            return;
        }
        try {
            admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            progress.accept("Could not drop the scratch database " + name + " on " + admin.hostAndPort() + ": "
                    + DatabaseError.describe(e) + "; drop it by hand");
        }
    }

    /** Drops what is left and stops the embedded server if it was started here; runs once. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        if (heartbeat != null) {
            heartbeat.interrupt();
        }
        new ArrayList<>(databases).forEach(this::drop);
        if (embedded == null) {
            return;
        }
        if (embedded.kept()) {
            keep(embedded.data(), embedded.keepSeconds());
        } else if (started != null) {
            if (otherScratchDatabases().isEmpty()) {
                started.close();
            } else if (embedded.watched() || IdleShutdown.watch(embedded.data())) {
                keep(embedded.data(), HANDED_OVER_SECONDS);
                progress.accept("The embedded scratch server stays up while another command uses it");
            } else {
                progress.accept("The embedded scratch server stays up: another command is using it");
            }
        }
    }

    private void keep(Path data, long seconds) {
        try {
            IdleShutdown.keepFor(data, seconds);
        } catch (IOException e) {
            progress.accept("Could not note when the embedded scratch server may stop (" + e.getMessage()
                    + "); it stops within " + IN_USE_SECONDS + " s");
        }
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == cleanup) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: close() is idempotent
        }
    }

    /** A crash (kill -9) leaves its databases behind; the server started here has no other users yet. */
    private void dropLeftovers() {
        for (String name : otherScratchDatabases()) {
            databases.add(name);
            drop(name);
        }
    }

    private List<String> otherScratchDatabases() {
        return names("SELECT datname FROM pg_database WHERE datname LIKE '" + like(PREFIX) + "%'");
    }

    private static String like(String prefix) {
        return prefix.replace("_", "\\_");
    }

    /** The first column of a query on the server; empty when it cannot be read. */
    private List<String> names(String query) {
        try (Connection connection = DatabaseConnections.jdbc(admin, ScratchDatabase.APPLICATION_NAME).getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            return List.of();
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection connection = DatabaseConnections.jdbc(admin, ScratchDatabase.APPLICATION_NAME).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
