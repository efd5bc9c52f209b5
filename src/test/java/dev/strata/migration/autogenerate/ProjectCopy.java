package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migration.autogenerate.desired.DesiredSchema;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.migration.cli.DbCli;
import dev.strata.settings.DatabaseUrl;
import dev.strata.settings.Env;
import dev.strata.test.CompiledSources;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * A temporary copy of the project's {@code db} folder (migrations, down scripts, declarative
 * SQL) with a fresh database, made before each test and removed after it (register it with
 * {@code @RegisterExtension}), and {@code strata db ...} run in-process against both; models
 * added by a test are compiled sources seen through the context class loader.
 */
final class ProjectCopy implements BeforeEachCallback, AfterEachCallback {

    private @Nullable Path root;
    private @Nullable TestDatabase database;
    private final Map<String, String> extra = new HashMap<>();

    /** The outcome of one command. */
    record Run(int exitCode, String out, String err) {

        Run exits(int expected) {
            assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
            return this;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        extra.clear();
        root = Files.createTempDirectory("strata-project-");
        FileSystemUtils.copyRecursively(Path.of("src/main/resources/db"), root.resolve("db"));
        database = TestEnvironment.createDatabase();
    }

    /** Drops the database and the folder; the scratch databases must be gone by now. */
    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        TestEnvironment.dropDatabase(database());
        FileSystemUtils.deleteRecursively(root());
        assertThat(scratchDatabases()).as("scratch databases left behind").isEmpty();
    }

    /** The temporary folder. */
    Path root() {
        return Objects.requireNonNull(root, "no test is running");
    }

    /** The copied {@code db} folder. */
    Path db() {
        return root().resolve("db");
    }

    /** The fresh database the commands run on. */
    TestDatabase database() {
        return Objects.requireNonNull(database, "no test is running");
    }

    /**
     * The variables every command gets: the fresh database, the copied migrations, the test server for
     * scratch, and those {@link #set} added.
     */
    Map<String, String> variables() {
        Map<String, String> variables = new HashMap<>(Map.of("DATABASE_URL", database().url(),
                "STRATA_MIGRATION_LOCATIONS", "filesystem:" + db().resolve("migration"),
                ScratchServer.SHADOW_DATABASE_URL, TestEnvironment.serverUrl(), "STRATA_DB_WAIT", "2"));
        variables.putAll(extra);
        return variables;
    }

    /** One more variable for every later command of this test. */
    void set(String name, String value) {
        extra.put(name, value);
    }

    URLClassLoader compile(String name, Map<String, String> sources) throws IOException {
        return CompiledSources.compile(root().resolve("classes-" + name), sources);
    }

    /** Runs {@code strata db ...} with the shipped models plus, when {@code models} is given, those of {@code fixture.*}. */
    Run db(@Nullable ClassLoader models, String... args) {
        Map<String, String> variables = variables();
        if (models != null) {
            variables.put(DesiredSchema.ENTITY_PACKAGES, "dev.strata,fixture");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(models != null ? models : previous);
        try {
            int exitCode = DbCli.run(args, Env.of(variables), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** {@code db revision --autogenerate -m message --dir <copy>} plus {@code extra} arguments. */
    Run autogenerate(@Nullable ClassLoader models, String message, String... extra) {
        String[] args = Stream.concat(Stream.of("revision", "--autogenerate", "-m", message, "--dir", db().toString()),
                Stream.of(extra)).toArray(String[]::new);
        return db(models, args);
    }

    /** The migrations the project did not ship, oldest first. */
    List<Path> added() throws IOException {
        try (Stream<Path> files = Files.list(db().resolve("migration"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sql"))
                    .filter(file -> !Files.exists(Path.of("src/main/resources/db/migration").resolve(file.getFileName())))
                    .sorted().toList();
        }
    }

    /** The down script paired with a migration. */
    Path down(Path migration) {
        return db().resolve("downgrade").resolve(migration.getFileName());
    }

    static List<String> scratchDatabases() {
        return new TestDatabase(DatabaseUrl.parse("test", TestEnvironment.serverUrl()))
                .column("SELECT datname FROM pg_database WHERE datname LIKE 'strata\\_shadow\\_%'");
    }
}
