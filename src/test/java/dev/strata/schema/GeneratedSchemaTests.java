package dev.strata.schema;

import dev.strata.schema.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated cases ({@link RandomSchema}): a random schema and a random edit of it, each
 * through diff, apply, converge and round trip on real PostgreSQL. 200 cases per run
 * ({@code jqwik.tries.default} in {@code junit-platform.properties}); {@code bench/generated.sh}
 * runs 10,000. Two databases serve every case: schema {@code gen} is dropped and made again.
 * A failure names the case's seed; {@code -Dgenerated.seed=N} runs that case alone.
 */
class GeneratedSchemaTests {

    private static final SchemaFilter GEN = new SchemaFilter(List.of("gen"));
    /** The two databases every case uses: the one changed, the one that holds the target. */
    private static final List<FixtureDatabase> DATABASES = new ArrayList<>();

    @BeforeContainer
    static void databases() {
        DATABASES.add(FixtureDatabase.create());
        DATABASES.add(FixtureDatabase.create());
        DATABASES.getFirst().run("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + RandomSchema.ROLE + "') THEN CREATE ROLE " + RandomSchema.ROLE + "; END IF; END $$");
    }

    @AfterContainer
    static void dropDatabases() {
        DATABASES.forEach(FixtureDatabase::close);
        DATABASES.clear();
    }

    @Property(shrinking = ShrinkingMode.OFF)
    void aGeneratedSchemaAndItsEditDiffApplyConvergeAndRoundTrip(@ForAll("seeds") long seed) {
        RandomSchema generator = new RandomSchema(seed);
        String before = generator.sql();
        generator.edit();
        String after = generator.sql();
        new GeneratedCase(seed, before, after, DATABASES.getFirst(), DATABASES.getLast()).run();
    }

    @Provide
    Arbitrary<Long> seeds() {
        String seed = System.getProperty("generated.seed");
        return seed == null || seed.isBlank() ? Arbitraries.longs() : Arbitraries.just(Long.parseLong(seed.strip()));
    }

    /** One case's steps; a failure is one message with the seed, both schemas and what is left. */
    private record GeneratedCase(long seed, String before, String after, FixtureDatabase from, FixtureDatabase to) {

        void run() {
            String step = "load";
            String script = "(none)";
            try {
                reset(from);
                reset(to);
                from.run(before);
                to.run(after);
                step = "diff";
                SchemaModel start = from.inspect(GEN);
                SchemaModel target = to.inspect(GEN);
                DiffResult diff = to.compare(start, target, DiffOptions.none());
                step = "apply the up script";
                script = diff.up().text();
                from.apply(diff.up());
                step = "converge: diff again after the up script";
                empty(to.compare(from.inspect(GEN), target, DiffOptions.none()), "not at the target");
                step = "apply the down script";
                script = diff.down().text();
                from.apply(diff.down());
                step = "round trip: diff against the start after the down script";
                empty(from.compare(from.inspect(GEN), start, DiffOptions.none()), "not back at the start");
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("generated case, seed " + seed + " (rerun: -Dgenerated.seed=" + seed
                        + "), failed at step '" + step + "': " + e.getMessage() + "\n--- script:\n" + script
                        + "\n--- from:\n" + before + "\n--- to:\n" + after, e);
            }
        }

        private static void empty(DiffResult left, String what) {
            if (!left.isEmpty()) {
                throw new AssertionError(what + "; still to do:\n" + left.up().text());
            }
        }

        private static void reset(FixtureDatabase database) {
            database.run("DROP SCHEMA IF EXISTS gen CASCADE; CREATE SCHEMA gen");
        }
    }
}
