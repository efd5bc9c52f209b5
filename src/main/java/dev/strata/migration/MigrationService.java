package dev.strata.migration;

import dev.strata.database.DatabaseConnections;
import dev.strata.database.DatabaseError;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.MigrationSettings;
import dev.strata.settings.StrataException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one entry point to the migrations, used by the boot-time runner and every {@code db}
 * command. It connects over a non-pooled JDBC DataSource: each operation opens its connections
 * and closes them when done. Commands that change the schema or its history run under one
 * advisory lock ({@link MigrationLock}), so concurrent processes wait for each other.
 */
public final class MigrationService {

    /** Where the shipped migrations live. */
    public static final String DEFAULT_LOCATION = MigrationSettings.DEFAULT_LOCATION;

    private final DatabaseSettings target;
    private final List<String> locations;
    private final Consumer<String> progress;
    private final ScriptFiles scripts;
    private final boolean terse;

    /**
     * @param target the database to migrate (must not be a transaction-mode pooler for changes)
     * @param locations Flyway locations ({@code classpath:...} or {@code filesystem:...})
     * @param progress receives one line per step
     */
    public MigrationService(DatabaseSettings target, List<String> locations, Consumer<String> progress) {
        this(target, locations, progress, false);
    }

    private MigrationService(DatabaseSettings target, List<String> locations, Consumer<String> progress, boolean terse) {
        this.target = target;
        this.locations = List.copyOf(locations);
        this.progress = progress;
        this.scripts = new ScriptFiles(locations);
        this.terse = terse;
    }

    /** The same service reporting an upgrade as {@code Migrations applied n/N} lines only. */
    public MigrationService terse() {
        return new MigrationService(target, locations, progress, true);
    }

    public List<String> locations() {
        return locations;
    }

    /** Applies every pending migration (boot time). */
    public int upgrade() {
        return upgrade(new Targets.Head());
    }

    /**
     * Applies pending migrations up to the target, each in its own transaction; Flyway's own
     * advisory lock and Strata's make concurrent callers wait, and each migration runs once.
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public int upgrade(Targets.Up to) {
        refuseTransactionPooler();
        try (MigrationLock ignored = MigrationLock.acquire(dataSource(target), progress)) {
            MigrationInfoService info = read(() -> flyway(null).load().info());
            List<MigrationInfo> pending = UpgradePlan.pending(info, to);
            if (pending.isEmpty()) {
                progress.accept("Nothing to upgrade: the database is at " + describe(MigrationStatus.of(info)));
                return 0;
            }
            MigrationProgress listener = new MigrationProgress(progress, terse);
            listener.expect(pending.size());
            try {
                return flyway(pending.getLast().getVersion()).callbacks(listener).load().migrate().migrationsExecuted;
            } catch (FlywayException e) {
                throw new StrataException(failureMessage(listener.current(), e), e);
            }
        }
    }

    /**
     * The pending migrations up to the target, in the order they would run: each script's name and
     * text, null when it is not readable here (what {@code db upgrade} lints first).
     */
    public Map<String, @Nullable String> pendingScripts(Targets.Up to) {
        // Read before the upgrade: through a transaction pooler the upgrade refuses, so this does first.
        refuseTransactionPooler();
        Map<String, @Nullable String> pending = new LinkedHashMap<>();
        for (MigrationInfo migration : UpgradePlan.pending(read(() -> flyway(null).load().info()), to)) {
            pending.put(migration.getScript(), scripts.up(migration.getScript()));
        }
        return pending;
    }

    /** The SQL {@link #upgrade(Targets.Up)} would run, changing nothing (Alembic's offline mode). */
    public String upgradeSql(Targets.Up to) {
        List<MigrationInfo> pending = UpgradePlan.pending(read(() -> flyway(null).load().info()), to);
        StringBuilder out = new StringBuilder("-- strata db upgrade --sql: " + pending.size() + " migration(s) for "
                + target.describe() + "\n\n" + SchemaHistory.createStatement() + "\n\n");
        for (MigrationInfo migration : pending) {
            String sql = scripts.up(migration.getScript());
            out.append("-- Apply ").append(migration.getScript()).append("\nBEGIN;\n")
                    .append(sql == null ? "-- (script not readable here)" : sql.strip()).append('\n')
                    .append(SchemaHistory.insertStatement(migration)).append("\nCOMMIT;\n\n");
        }
        return out.toString();
    }

    /** Reverses applied migrations down to the target; refuses before touching anything if a down script is missing. */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public int downgrade(Targets.Down to) {
        refuseTransactionPooler();
        try (MigrationLock ignored = MigrationLock.acquire(dataSource(target), progress)) {
            List<Downgrade.Step> steps = Downgrade.plan(applied(), to, scripts);
            if (steps.isEmpty()) {
                progress.accept("Nothing to downgrade: the database is at " + describe(status()));
                return 0;
            }
            return Downgrade.run(steps, dataSource(target), progress);
        }
    }

    /** The SQL {@link #downgrade(Targets.Down)} would run, changing nothing. */
    public String downgradeSql(Targets.Down to) {
        List<Downgrade.Step> steps = Downgrade.plan(applied(), to, scripts);
        return "-- strata db downgrade --sql: " + steps.size() + " migration(s) for " + target.describe() + "\n\n"
                + Downgrade.sql(steps);
    }

    /**
     * Marks the database as being at the target without running anything: the history then lists
     * exactly the migrations up to it as applied. Returns the version stamped, or {@code base}.
     */
    @SuppressWarnings("try") // the lock is held for the block, never read
    public String stamp(Targets.Mark mark) {
        refuseTransactionPooler();
        try (MigrationLock ignored = MigrationLock.acquire(dataSource(target), progress)) {
            List<MigrationInfo> all = Arrays.asList(read(() -> flyway(null).load().info()).all());
            MigrationVersion to = switch (mark) {
                case Targets.Head head -> UpgradePlan.head(all);
                case Targets.Base base -> null;
                case Targets.UpTo upTo -> UpgradePlan.known(all, upTo.version());
            };
            Stamp.write(dataSource(target), all, to);
            return to == null ? "base" : to.getVersion();
        }
    }

    /** The applied and pending state of the target. */
    public MigrationStatus status() {
        return MigrationStatus.of(read(() -> flyway(null).load().info()));
    }

    /** Every migration the files or the database know, oldest first. */
    public List<MigrationEntry> history() {
        return Arrays.stream(read(() -> flyway(null).load().info()).all())
                .filter(MigrationInfo::isVersioned).map(MigrationEntry::of).toList();
    }

    /** The newest version the files provide, or null when there are none. */
    public @Nullable String head() {
        MigrationVersion head = UpgradePlan.head(Arrays.asList(read(() -> flyway(null).load().info()).all()));
        return head == null ? null : head.getVersion();
    }

    /** What keeps the database from being exactly at head: pending, failed, modified or unknown migrations. */
    public List<String> check() {
        return read(() -> Check.problems(flyway(null).load().info(),
                flyway(null).ignoreMigrationPatterns("*:pending", "*:future", "*:missing", "*:ignored").load()
                        .validateWithResult()));
    }

    private List<MigrationInfo> applied() {
        return Arrays.stream(read(() -> flyway(null).load().info()).applied())
                .filter(m -> m.isVersioned() && m.getState().isApplied() && !m.getState().isFailed())
                .toList();
    }

    private FluentConfiguration flyway(@Nullable MigrationVersion upTo) {
        FluentConfiguration configuration = Flyway.configure(MigrationService.class.getClassLoader())
                // A session advisory lock instead of a transaction held open beside the migration: CREATE INDEX
                // CONCURRENTLY (an online revision's) waits for every open transaction, that one included.
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .dataSource(dataSource(target))
                .locations(locations.toArray(String[]::new))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .connectRetries(0)
                // Timestamped versions from two branches may merge in either order.
                .outOfOrder(true)
                // Replicas booting together wait on the advisory lock for as long as the first one migrates.
                .lockRetryCount(3600);
        return upTo == null ? configuration : configuration.target(upTo);
    }

    private <T> T read(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (FlywayException e) {
            throw new StrataException("cannot read the migrations of " + target.describe() + ": " + DatabaseError.describe(e), e);
        }
    }

    /** {@code version 3 (head)}, {@code version 2, 1 pending} or {@code base, 3 pending}, for humans. */
    public static String describe(MigrationStatus status) {
        return (status.current() == null ? "base" : "version " + status.current())
                + (status.pending() == 0 ? " (head)" : ", " + status.pending() + " pending");
    }

    /** Migrations need one session for their lock and prepared statements: refuse before connecting. */
    void refuseTransactionPooler() {
        if (target.isTransactionPooler()) {
            throw new StrataException("migrations cannot run through a transaction-mode pooler ("
                    + target.source() + " points at " + target.hostAndPort() + "): " + PoolerAdvice.forMigrations(target));
        }
    }

    /**
     * A non-pooled DataSource with {@code application_name=strata-migrate}: every
     * {@code getConnection()} opens a connection that its caller closes.
     */
    static PGSimpleDataSource dataSource(DatabaseSettings target) {
        return DatabaseConnections.jdbc(target, DatabaseSettings.MIGRATION_APPLICATION_NAME);
    }

    private String failureMessage(@Nullable MigrationInfo failed, FlywayException e) {
        String which = failed == null ? "a migration" : "migration " + failed.getScript();
        return which + " failed: " + DatabaseError.describe(e)
                + "; its changes were rolled back and no history row was written";
    }
}
