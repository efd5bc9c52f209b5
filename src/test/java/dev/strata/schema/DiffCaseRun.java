package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.schema.model.SchemaModel;
import dev.strata.test.PostgresVersions;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The steps of one fixture case on real PostgreSQL (databases F, O, T and R, all made for the
 * case and dropped after it):
 * <ol type="a">
 * <li>load {@code from.sql} into F, O (the original) and R, {@code to.sql} into T; {@code check.sql}
 *     must fail on T, which has none of the rows;</li>
 * <li>{@code db diff} F to T without {@code --unsafe}: the expected exit code; for 3, reasons on
 *     stderr and the destructive statements only as comments;</li>
 * <li>with {@code --unsafe}: exit 2 (0 for equal pairs), the expected fragments, only SQL on
 *     stdout, the transaction shape; apply it to F, then {@code check.sql};</li>
 * <li>convergence: F to T is now empty;</li>
 * <li>round trip through the CLI: F back to O (renames reversed), applied, is then empty;</li>
 * <li>round trip through reversed changes: the facade's up then down script on R leaves R equal
 *     to O.</li>
 * </ol>
 * A failure names the case, the step and the last script applied; the assertion shows the
 * output of the diff concerned, which is the remaining diff for d and e.
 */
final class DiffCaseRun {

    private final DiffCase fixture;
    private final PostgresVersions.Server server;
    private String script = "(none applied yet)";
    /** The output of step b, which step c compares with its own. */
    private @Nullable DiffRun safe;

    DiffCaseRun(DiffCase fixture, PostgresVersions.Server server) {
        this.fixture = fixture;
        this.server = server;
    }

    void run() {
        try (FixtureDatabase from = FixtureDatabase.create(server); FixtureDatabase original = FixtureDatabase.create(server);
                FixtureDatabase to = FixtureDatabase.create(server); FixtureDatabase fresh = FixtureDatabase.create(server)) {
            step("a. load from.sql and to.sql; check.sql must fail on to (no rows)",
                    () -> load(from, original, to, fresh));
            step("b. diff without --unsafe", () -> withoutUnsafe(from, to));
            step("c. diff --unsafe, apply it to from, run check.sql", () -> withUnsafe(from, to));
            step("d. convergence: diff from (migrated) to to", () -> converges(from, to));
            step("e. round trip through the CLI: diff back to the original, apply, diff again",
                    () -> backThroughCli(from, original));
            step("f. round trip through reversed changes: facade up() then down()",
                    () -> backThroughDown(fresh, to, original));
        }
    }

    /**
     * Loads the databases. {@code check.sql} must raise (SQLSTATE P0001, RAISE EXCEPTION) on a
     * database built from {@code to.sql} alone, which has the target schema but none of the rows:
     * so it names only what exists in the target schema, and it does notice lost rows.
     */
    private void load(FixtureDatabase from, FixtureDatabase original, FixtureDatabase to, FixtureDatabase fresh) {
        List.of(from, original, fresh).forEach(database -> database.run(fixture.from()));
        to.run(fixture.to());
        String check = fixture.check();
        if (check != null) {
            assertThatThrownBy(() -> to.runAndRollBack(check)).as("check.sql on a database with only to.sql's schema")
                    .cause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("P0001"));
        }
    }

    private void withoutUnsafe(FixtureDatabase from, FixtureDatabase to) {
        DiffRun run = DiffRun.diff(from.url(), to.url(), false, fixture.args());
        safe = run;
        if (fixture.backwards()) {
            assertThat(run.exitCode()).as("exit code without --unsafe: 0 exactly when the forward case's is\n%s",
                    run.describe()).isIn(fixture.exit() == 0 ? List.of(0) : List.of(2, 3));
        } else {
            assertThat(run.exitCode()).as("exit code without --unsafe (case.properties exit)\n%s", run.describe())
                    .isEqualTo(fixture.exit());
        }
        switch (run.exitCode()) {
            case 0 -> assertThat(run.statements()).as("an equal pair prints nothing but comments\n%s", run.describe())
                    .isEmpty();
            case 2 -> assertThat(run.statements()).as("exit 2 but no SQL on stdout\n%s", run.describe()).isNotEmpty();
            default -> assertThat(run.err()).as("exit 3 gives the reasons on stderr\n%s", run.describe()).isNotBlank();
        }
        fixture.stderr().forEach(fragment -> assertThat(DiffRun.containsFragment(run.err(), fragment))
                .as("stderr contains '%s'\n%s", fragment, run.describe()).isTrue());
    }

    private void withUnsafe(FixtureDatabase from, FixtureDatabase to) {
        DiffRun safe = Objects.requireNonNull(this.safe);
        DiffRun run = DiffRun.diff(from.url(), to.url(), true, fixture.args());
        assertThat(run.exitCode()).as("exit code with --unsafe\n%s", run.describe())
                .isEqualTo(fixture.exit() == 0 ? 0 : 2);
        assertThat(run.logLines()).as("stdout carries only SQL, no log lines\n%s", run.describe()).isEmpty();
        fixture.contains().forEach(fragment -> assertThat(DiffRun.containsFragment(run.out(), fragment))
                .as("the up script contains '%s'\n%s", fragment, run.describe()).isTrue());
        fixture.absent().forEach(fragment -> assertThat(DiffRun.containsFragment(run.out(), fragment))
                .as("the up script does not contain '%s'\n%s", fragment, run.describe()).isFalse());
        DiffShape.assertTransactionShape(run, fixture.transactional());
        if (safe.exitCode() == 3) {
            DiffShape.assertDestructiveOnlyAsComments(safe, run);
        } else {
            assertThat(safe.statements()).as("without destructive changes --unsafe changes nothing\n%s\n%s",
                    safe.describe(), run.describe()).isEqualTo(run.statements());
        }
        apply(from, run.out());
        String check = fixture.check();
        if (check != null) {
            try {
                from.run(check);
            } catch (IllegalStateException e) {
                throw new AssertionError("check.sql: the data did not survive the up script: " + e.getMessage(), e);
            }
        }
    }

    private void converges(FixtureDatabase from, FixtureDatabase to) {
        DiffRun run = DiffRun.diff(from.url(), to.url(), true, fixture.argsWithoutRenames());
        assertThat(run.exitCode()).as("after the up script from must equal to; the remaining diff:\n%s", run.describe())
                .isZero();
    }

    private void backThroughCli(FixtureDatabase from, FixtureDatabase original) {
        DiffRun back = DiffRun.diff(from.url(), original.url(), true, fixture.reversedArgs());
        assertThat(back.exitCode()).as("the diff back to the original\n%s", back.describe()).isIn(0, 2);
        apply(from, back.out());
        DiffRun again = DiffRun.diff(from.url(), original.url(), true, fixture.argsWithoutRenames());
        assertThat(again.exitCode()).as("after the way back, from must equal the original; the remaining diff:\n%s",
                again.describe()).isZero();
    }

    private void backThroughDown(FixtureDatabase fresh, FixtureDatabase to, FixtureDatabase original) {
        SchemaModel start = fresh.inspect(fixture.filter());
        DiffResult result = to.compare(start, to.inspect(fixture.filter()),
                new DiffOptions(fixture.renames(start)));
        assertThat(result.isEmpty()).as("the facade finds changes exactly when the CLI does\n%s", result.up().text())
                .isEqualTo(fixture.exit() == 0);
        assertThat(result.refused(HazardKind.defaults()).isEmpty())
                .as("the facade finds hazards not allowed by default (destructive ones among them) exactly when exit is "
                        + "3\n%s", result.up().text()).isEqualTo(Objects.requireNonNull(safe).exitCode() != 3);
        apply(fresh, result.up());
        apply(fresh, result.down());
        DiffResult left = original.compare(fresh.inspect(fixture.filter()), original.inspect(fixture.filter()),
                DiffOptions.none());
        assertThat(left.isEmpty())
                .as("after up() then down() the schema must be from.sql's again; remaining diff:%n%s", left.up().text())
                .isTrue();
    }

    private void apply(FixtureDatabase database, String text) {
        script = text;
        database.apply(text);
    }

    private void apply(FixtureDatabase database, Script generated) {
        script = generated.text();
        database.apply(generated);
    }

    /** Runs a step; a failure becomes one message naming the case, the step and the last script applied. */
    private void step(String name, Runnable body) {
        try {
            body.run();
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("diff fixture '" + fixture.name() + "'" + (fixture.backwards() ? " reversed" : "")
                    + " on " + server + " (" + fixture.directory()
                    + ")\nfailed at step " + name + ":\n" + e.getMessage() + "\n--- last script applied:\n" + script,
                    e);
        }
    }
}
