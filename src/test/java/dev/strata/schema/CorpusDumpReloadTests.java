package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.schema.corpus.History;
import dev.strata.test.PostgresVersions;
import dev.strata.test.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No phantom differences on real-world schemas: each corpus of {@code ../shared/corpus} (read
 * where it is, never edited) is built into a database, dumped with {@code pg_dump --schema-only},
 * the dump reloaded into a second database, and {@code db diff} between the two must find nothing,
 * either way. Supabase's own schemas ({@code auth}, {@code storage}, ...) are never compared, so in
 * the corpora that are Supabase's they are renamed with a {@code corpus_} prefix before the dump.
 * Runs on the server whose major version is {@code pg_dump}'s (a dump needs a {@code pg_dump} at
 * least as new as the server); skipped, saying why, without one or without the corpus.
 */
class CorpusDumpReloadTests {

    private static final Path CORPUS = dev.strata.test.Corpora.root();

    @TempDir
    Path work;

    @Test
    void danbooru() {
        dumpReloadDiff("danbooru", files("danbooru", "structure-2026-03-23-6066256f.sql"), true);
    }

    @Test
    void harbor() {
        dumpReloadDiff("goharbor-harbor", history("goharbor-harbor", "migrations", "prelude.sql"), true);
    }

    @Test
    void kratos() {
        dumpReloadDiff("ory-kratos", history("ory-kratos", "migrations", null), true);
    }

    @Test
    void supabaseAuth() {
        dumpReloadDiff("supabase-auth", history("supabase-auth", "rendered", "prelude.sql"), true);
    }

    /**
     * Supabase's platform schema as its own pg_dump has it: the init scripts change cluster-wide
     * roles, so they are not run on a shared server. Four extensions it names do not exist on
     * stock PostgreSQL, so its statements run past those errors, as the SOURCE.md says.
     */
    @Test
    void supabasePlatform() {
        dumpReloadDiff("supabase-platform", files("supabase-platform", "dumps/schema-15.sql"), false);
    }

    @Test
    void temporal() {
        dumpReloadDiff("temporal", files("temporal", "temporal/schema.sql"), true);
    }

    @Test
    void temporalVisibility() {
        dumpReloadDiff("temporal", files("temporal", "visibility/schema.sql"), true);
    }

    private void dumpReloadDiff(String corpus, List<Path> files, boolean stopOnError) {
        int pgDump = pgDumpMajor();
        Optional<PostgresVersions.Server> server = PostgresVersions.all().stream().filter(s -> s.major() == pgDump)
                .findFirst();
        assumeTrue(server.isPresent(), "no PostgreSQL " + pgDump + " server for pg_dump " + pgDump);
        TestDatabase built = server.get().createDatabase();
        TestDatabase reloaded = server.get().createDatabase();
        try {
            psql(built, stopOnError, files);
            psql(built, true, List.of(renamingSupabaseSchemas()));
            Path dump = work.resolve(corpus + ".sql");
            run(List.of("pg_dump", "--schema-only", "--file=" + dump, "--dbname=" + built.url()));
            psql(reloaded, true, List.of(dump));

            DiffRun there = DiffRun.diff(built.url(), reloaded.url(), true, List.of());
            assertThat(there.exitCode()).as("%s: its dump, reloaded, differs from it\n%s", corpus, there.describe())
                    .isZero();
            DiffRun back = DiffRun.diff(reloaded.url(), built.url(), true, List.of());
            assertThat(back.exitCode()).as("%s: it differs from its dump, reloaded\n%s", corpus, back.describe())
                    .isZero();
            assertThat(reloaded.tables().size() + reloaded.column("SELECT 1 FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname LIKE 'corpus\\_%' AND c.relkind = 'r'").size())
                    .as("%s: the corpus built tables", corpus).isPositive();
        } finally {
            server.get().dropDatabase(built);
            server.get().dropDatabase(reloaded);
        }
    }

    /** A script that gives Supabase's schemas (which no diff compares) a name a diff compares. */
    private Path renamingSupabaseSchemas() {
        StringBuilder script = new StringBuilder("DO $$ DECLARE s text; BEGIN\n FOR s IN SELECT nspname FROM pg_namespace"
                + " WHERE nspname = ANY (ARRAY[");
        // information_schema is PostgreSQL's own, in every database alike: it stays excluded.
        script.append(String.join(", ", SchemaFilter.EXCLUDED.stream().filter(s -> !s.equals("information_schema"))
                .map(dev.strata.schema.model.Sql::literal).toList()));
        script.append("]) LOOP EXECUTE format('ALTER SCHEMA %I RENAME TO %I', s, 'corpus_' || s); END LOOP;\nEND $$;\n");
        return write("rename-supabase-schemas.sql", script.toString());
    }

    /** Files of a corpus, relative to its folder; the test is skipped without the corpus. */
    private static List<Path> files(String corpus, String... names) {
        Path root = CORPUS.resolve(corpus);
        assumeTrue(Files.isDirectory(root), "no corpus at " + root.toAbsolutePath());
        return java.util.Arrays.stream(names).map(root::resolve).toList();
    }

    /** A corpus's ordered history (its ORDER.txt under {@code folder}), after its prelude. */
    private static List<Path> history(String corpus, String folder, String prelude) {
        assumeTrue(Files.isDirectory(CORPUS.resolve(corpus)), "no corpus at " + CORPUS.resolve(corpus).toAbsolutePath());
        return History.of(corpus, corpus, "ORDER.txt", folder, prelude).build();
    }

    private static void psql(TestDatabase database, boolean stopOnError, List<Path> files) {
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "--no-psqlrc", "-v",
                "ON_ERROR_STOP=" + (stopOnError ? 1 : 0), "--dbname=" + database.url()));
        files.forEach(file -> command.add("--file=" + file.toAbsolutePath()));
        run(command);
    }

    private static int pgDumpMajor() {
        String version = run(List.of("pg_dump", "--version"));
        Matcher major = Pattern.compile("\\) (\\d+)").matcher(version);
        assumeTrue(major.find(), "cannot read pg_dump's version: " + version);
        return Integer.parseInt(major.group(1));
    }

    /** Runs a command to its end; its output, or an assertion error with it when it fails. */
    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw new AssertionError(String.join(" ", command.subList(0, Math.min(3, command.size()))) + "... exit "
                        + exit + ":\n" + tail(output));
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "..." + output.substring(output.length() - 4000);
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(work.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
