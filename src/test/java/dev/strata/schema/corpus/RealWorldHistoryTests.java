package dev.strata.schema.corpus;

import dev.strata.schema.corpus.CorpusCase.Outcome;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The diff engine on real-world schema histories from {@code ../shared/corpus} (see each
 * corpus's SOURCE.md): empty to final and back, Danbooru release to release both ways, the
 * consecutive steps of every ordered history, and Temporal's replayed history against its own
 * {@code schema.sql}; each case run by {@link CorpusCase}.
 *
 * <p>CI runs a fixed sample of each history's steps; {@code -Dcorpus.all=true} runs every step
 * ({@code bench/corpus.sh}). Each case prints one {@code corpus-case} line with its outcome and
 * engine time. A case in {@link #EXPECTED_FAILURES} fails for a class of difference another
 * branch models; its failure is reported as skipped with that class, and the test fails once the
 * case passes, so the list only shrinks.
 *
 * <p>Supabase's {@code dumps/schema-15.sql} is loaded instead of its init scripts, which change
 * cluster-wide roles (SOURCE.md: only for a throwaway cluster); its statements that need
 * extensions this server lacks (pgsodium, pg_graphql, pgjwt, supabase_vault) fail and are
 * skipped, as SOURCE.md describes. Schemas the engine never compares (Supabase's {@code auth},
 * {@code storage}, ...) are renamed {@code corpus_<name>} in each copy before it is inspected.
 */
class RealWorldHistoryTests {

    private static final boolean ALL = Boolean.getBoolean("corpus.all");
    /** {@code -Dcorpus.only=part,part}: only the cases whose name contains one of the parts. */
    private static final List<String> ONLY = java.util.Arrays.stream(System.getProperty("corpus.only", "").split(","))
            .filter(part -> !part.isBlank()).toList();

    /** Cases that fail for a difference class another branch handles: case name to class. */
    private static final Map<String, String> EXPECTED_FAILURES = Map.of();

    @TestFactory
    Stream<DynamicTest> danbooru() {
        String older = "danbooru/structure-2024-11-04-d75efbf1.sql";
        String newer = "danbooru/structure-2026-03-23-6066256f.sql";
        return Stream.of(
                test("danbooru: 2024-11-04 -> 2026-03-23", () -> pair(dump(older, false), dump(newer, false))),
                test("danbooru: 2026-03-23 -> 2024-11-04", () -> pair(dump(newer, false), dump(older, false))),
                test("danbooru: empty -> 2026-03-23", () -> pair(ScratchDatabase.create(), dump(newer, false))),
                test("danbooru: 2026-03-23 -> empty", () -> pair(dump(newer, false), ScratchDatabase.create())));
    }

    @TestFactory
    Stream<DynamicTest> harbor() {
        return history(History.of("harbor", "goharbor-harbor", "ORDER.txt", "migrations", "prelude.sql"), 4);
    }

    @TestFactory
    Stream<DynamicTest> kratos() {
        return history(History.of("kratos", "ory-kratos", "ORDER.txt", "migrations", null), 25);
    }

    @TestFactory
    Stream<DynamicTest> supabaseAuth() {
        return history(History.of("supabase-auth", "supabase-auth", "ORDER.txt", "rendered", "prelude.sql"), 4);
    }

    @TestFactory
    Stream<DynamicTest> supabasePlatform() {
        String dump = "supabase-platform/dumps/schema-15.sql";
        return Stream.of(
                test("supabase-platform: empty -> schema-15.sql", () -> pair(ScratchDatabase.create(), dump(dump, true))),
                test("supabase-platform: schema-15.sql -> empty", () -> pair(dump(dump, true), ScratchDatabase.create())));
    }

    @TestFactory
    Stream<DynamicTest> temporal() {
        return Stream.concat(temporal("temporal", "ORDER.txt", "temporal/schema.sql"),
                temporal("temporal-visibility", "ORDER.visibility.txt", "visibility/schema.sql"));
    }

    private Stream<DynamicTest> temporal(String name, String order, String schema) {
        History history = History.of(name, "temporal", order, ".", null);
        Walk replay = new Walk(history);
        String current = "temporal/" + schema;
        return Stream.concat(steps(history, replay, 4), Stream.of(
                test(name + ": replayed history -> " + schema, () -> pair(replay.last(), dump(current, false))),
                test(name + ": empty -> " + schema, () -> pair(ScratchDatabase.create(), dump(current, false))),
                test(name + ": " + schema + " -> empty", () -> pair(dump(current, false), ScratchDatabase.create()))))
                .onClose(replay::close);
    }

    /** The sampled (or all) steps of a history, then empty to final and back. */
    private Stream<DynamicTest> history(History history, int sample) {
        Walk walk = new Walk(history);
        return Stream.concat(steps(history, walk, sample), Stream.of(
                test(history.name() + ": empty -> final", () -> pair(ScratchDatabase.create(), walk.last())),
                test(history.name() + ": final -> empty", () -> pair(walk.last(), ScratchDatabase.create()))))
                .onClose(walk::close);
    }

    private Stream<DynamicTest> steps(History history, Walk walk, int sample) {
        assumeCorpus();
        return history.steps(ALL, sample).stream().map(index -> test(history.stepName(index), () -> {
            ScratchDatabase[] step = walk.step(index);
            return pair(step[0], step[1]);
        }));
    }

    private record Pair(ScratchDatabase from, ScratchDatabase to) {
    }

    private static Pair pair(ScratchDatabase from, ScratchDatabase to) {
        return new Pair(from, to);
    }

    /** A database with one corpus file loaded (a dump: SOURCE.md says whether statements fail). */
    private static ScratchDatabase dump(String file, boolean tolerant) {
        ScratchDatabase database = ScratchDatabase.create();
        try {
            database.load(History.read(History.root().resolve(file)), file, tolerant);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static void assumeCorpus() {
        Assumptions.assumeTrue(Files.isDirectory(History.root()),
                "no corpus at " + History.root().toAbsolutePath() + " (-Dstrata.corpus=...)");
    }

    private static DynamicTest test(String name, Supplier<Pair> build) {
        return DynamicTest.dynamicTest(name, () -> run(name, build));
    }

    private static void run(String name, Supplier<Pair> build) {
        assumeCorpus();
        Assumptions.assumeTrue(ONLY.isEmpty() || ONLY.stream().anyMatch(name::contains), "not selected by corpus.only");
        String expected = EXPECTED_FAILURES.get(name);
        Outcome outcome;
        try {
            Pair pair = build.get();
            try (ScratchDatabase from = pair.from(); ScratchDatabase to = pair.to()) {
                from.exposeExcludedSchemas();
                to.exposeExcludedSchemas();
                outcome = new CorpusCase(name).run(from, to);
            }
        } catch (AssertionError | RuntimeException e) {
            report(name, expected == null ? "FAIL" : "XFAIL", null, firstLine(e.getMessage()));
            if (expected != null) {
                throw new TestAbortedException("expected failure (" + expected + "): " + e.getMessage(), e);
            }
            throw e;
        }
        report(name, "PASS", outcome, outcome.unseeded().isEmpty() ? "" : "unseeded " + outcome.unseeded());
        if (expected != null) {
            throw new AssertionFailedError(name + " passes now: remove it from EXPECTED_FAILURES (" + expected + ")");
        }
    }

    /** One line per case for bench/corpus.sh: name, result, engine time (inspect both + diff), changes, notes. */
    private static void report(String name, String result, Outcome outcome, String note) {
        List<String> fields = new ArrayList<>(List.of("corpus-case", name, result));
        fields.add(outcome == null ? "-" : String.format("%.0f ms", outcome.engineNanos() / 1e6));
        fields.add(outcome == null ? "-" : outcome.changes() + " changes");
        fields.add(note == null ? "" : note);
        System.out.println(String.join("\t", fields));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.lines().filter(l -> !l.isBlank()).limit(3).reduce((a, b) -> a + " | " + b).orElse("");
        return line.length() > 400 ? line.substring(0, 400) : line;
    }
}
