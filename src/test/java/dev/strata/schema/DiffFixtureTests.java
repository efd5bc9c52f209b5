package dev.strata.schema;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The diff engine's golden fixtures under {@code src/test/resources/schema/diff/}: one test per
 * case, each run through every step of {@link DiffCaseRun} on real PostgreSQL. A case whose
 * {@code case.properties} says {@code pending=<why>} still runs: its failure is reported as
 * skipped with the reason, and it fails once it passes, so that the marker is removed. To run
 * some cases only: {@code -Dfixtures=enum_,rename_} (names containing any of the parts).
 */
class DiffFixtureTests {

    @TestFactory
    Stream<DynamicTest> everyFixtureDiffsAppliesConvergesAndRoundTrips() {
        List<String> only = Arrays.stream(System.getProperty("fixtures", "").split(","))
                .filter(part -> !part.isBlank()).toList();
        return DiffCase.all().stream()
                .filter(fixture -> only.isEmpty() || only.stream().anyMatch(fixture.name()::contains))
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), fixture.directory().toUri(),
                        () -> run(fixture)));
    }

    private static void run(DiffCase fixture) {
        String pending = fixture.pending();
        if (pending == null) {
            new DiffCaseRun(fixture).run();
            return;
        }
        try {
            new DiffCaseRun(fixture).run();
        } catch (AssertionError expected) {
            throw new TestAbortedException("pending (" + pending + "): " + expected.getMessage(), expected);
        }
        throw new AssertionFailedError(fixture.name() + " passes now: remove 'pending' from its case.properties");
    }
}
