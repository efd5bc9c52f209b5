package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.SchemaModel;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The locks of a plain and of an online script for the same changes (an index, a foreign key,
 * SET NOT NULL, a rewriting type change) on a table of {@code -Donline.rows} rows (default
 * 1,000,000: about 30 s in all), while a concurrent session keeps
 * reading and writing single rows of it. The longest single-statement wait of that session is
 * printed for both; online it must stay under the lock timeout, and {@code pg_locks} must show
 * that the script's session really held locks on the table while it ran.
 */
@ExtendWith(TestEnvironment.class)
class OnlineLockTests {

    private static final int ROWS = Integer.getInteger("online.rows", 1_000_000);

    private static final String START = """
            CREATE TABLE public.owners (id integer PRIMARY KEY);
            INSERT INTO public.owners SELECT g FROM generate_series(1, 100) g;
            CREATE TABLE public.items (id integer PRIMARY KEY, owner_id integer, amount integer NOT NULL,
                note text, hits integer NOT NULL DEFAULT 0);
            INSERT INTO public.items SELECT g, g % 100 + 1, g, 'note ' || g, 0 FROM generate_series(1, ROWS) g;
            ANALYZE public.items;
            """.replace("ROWS", String.valueOf(ROWS));

    private static final String TARGET = """
            CREATE TABLE public.owners (id integer PRIMARY KEY);
            CREATE TABLE public.items (id integer PRIMARY KEY, owner_id integer REFERENCES public.owners (id),
                amount bigint NOT NULL, note text NOT NULL, hits integer NOT NULL DEFAULT 0);
            CREATE INDEX items_note ON public.items (note);
            """;

    private final List<TestDatabase> databases = new ArrayList<>();

    @AfterEach
    void drop() {
        databases.forEach(TestEnvironment::dropDatabase);
    }

    @Test
    void theConcurrentSessionWaitsLessThanTheLockTimeoutOnline() throws Exception {
        TestDatabase wanted = database();
        wanted.execute(TARGET);
        SchemaModel target = inspect(wanted);

        Run plain = run(target, OnlineOptions.off());
        Run online = run(target, OnlineOptions.defaults());

        System.out.printf("OnlineLockTests: %d rows; longest wait of the concurrent session: plain %d ms (%d statements, "
                + "script %d ms), --online %d ms (%d statements, script %d ms); locks held by the script's session: "
                + "plain %s, online %s%n", ROWS, plain.longestWait().toMillis(), plain.statements(),
                plain.script().toMillis(), online.longestWait().toMillis(), online.statements(),
                online.script().toMillis(), plain.held(), online.held());
        // The plain script made the session queue behind it; the online one held locks too, briefly.
        assertThat(plain.sawWaiting()).isTrue();
        assertThat(plain.held()).contains("AccessExclusiveLock");
        assertThat(online.held()).contains("ShareUpdateExclusiveLock");
        assertThat(online.longestWait()).isLessThan(OnlineOptions.DEFAULT_LOCK_TIMEOUT);
        assertThat(online.statements()).isPositive();
    }

    /** What one script's run looked like from the concurrent session and from pg_locks. */
    private record Run(Duration longestWait, long statements, Duration script, Set<String> held, boolean sawWaiting) {
    }

    private Run run(SchemaModel target, OnlineOptions online) throws Exception {
        TestDatabase live = database();
        live.execute(START);
        DiffResult diff = SchemaDiff.compare(inspect(live), target, new DiffOptions(List.of(), online, Map.of()));
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong longest = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        // Threads of their own: the common pool may have a single one on a small machine.
        try (ExecutorService threads = Executors.newFixedThreadPool(2); Connection traffic = live.connect();
                Connection ddl = live.connect(); Connection observer = live.connect()) {
            int trafficPid = pid(traffic);
            int ddlPid = pid(ddl);
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> traffic(traffic, done, longest, statements),
                    threads);
            while (statements.get() == 0 && !load.isDone()) {
                Thread.onSpinWait();
            }
            long began = System.nanoTime();
            CompletableFuture<Void> script = CompletableFuture.runAsync(() -> apply(ddl, diff.up()), threads);
            Set<String> held = new TreeSet<>();
            boolean sawWaiting = false;
            try (Statement locks = observer.createStatement()) {
                while (!script.isDone()) {
                    try (ResultSet rows = locks.executeQuery("SELECT l.pid, l.mode, l.granted FROM pg_locks l "
                            + "WHERE l.relation = 'public.items'::regclass AND l.pid IN (" + trafficPid + ", " + ddlPid
                            + ")")) {
                        while (rows.next()) {
                            if (rows.getInt(1) == ddlPid && rows.getBoolean(3)) {
                                held.add(rows.getString(2));
                            }
                            sawWaiting |= rows.getInt(1) == trafficPid && !rows.getBoolean(3);
                        }
                    }
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            script.join();
            done.set(true);
            load.join();
            assertThat(SchemaDiff.compare(inspect(live), target, DiffOptions.none()).changes()).isEmpty();
            return new Run(Duration.ofNanos(longest.get()), statements.get(), took, held, sawWaiting);
        }
    }

    /** Single-row reads and writes, one statement at a time in autocommit, until {@code done}. */
    private static void traffic(Connection connection, AtomicBoolean done, AtomicLong longest, AtomicLong count) {
        try (Statement statement = connection.createStatement()) {
            while (!done.get()) {
                int id = ThreadLocalRandom.current().nextInt(1, ROWS + 1);
                String sql = count.get() % 2 == 0 ? "SELECT amount, note FROM public.items WHERE id = " + id
                        : "UPDATE public.items SET hits = hits + 1 WHERE id = " + id;
                long start = System.nanoTime();
                statement.execute(sql);
                longest.accumulateAndGet(System.nanoTime() - start, Math::max);
                count.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the concurrent session failed: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection connection, Script script) {
        try (Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!script.transactional());
            for (String sql : script.statements()) {
                statement.execute(sql);
            }
            if (script.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the script failed: " + e.getMessage(), e);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    private TestDatabase database() {
        TestDatabase database = TestEnvironment.createDatabase();
        databases.add(database);
        return database;
    }

    private static SchemaModel inspect(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            return SchemaDiff.inspect(connection, SchemaFilter.all());
        }
    }
}
