package dev.strata.schema;

import dev.strata.test.PostgresVersions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The diff engine's golden fixtures under {@code src/test/resources/schema/diff/}: one test per
 * case, direction and PostgreSQL version ({@link PostgresVersions}: the test server, the embedded
 * 17, the machine's own), each run through every step of {@link DiffCaseRun} on real PostgreSQL,
 * from {@code from.sql} to {@code to.sql} and back from {@code to.sql} to {@code from.sql}. A case whose
 * {@code case.properties} says {@code pending=<why>} still runs: its failure is reported as
 * skipped with the reason, and it fails once it passes, so that the marker is removed. To run
 * some cases only: {@code -Dfixtures=enum_,rename_} (names containing any of the parts). The default
 * build runs each case forwards on the test server only; {@code -Dfixtures.everyWay=true} (set by
 * {@code -Pfull}) runs both directions on every version.
 */
@Execution(ExecutionMode.CONCURRENT)
class DiffFixtureTests {

    @TestFactory
    Stream<DynamicContainer> everyFixtureDiffsAppliesConvergesAndRoundTripsBothWaysOnEachVersion() {
        List<String> only = Arrays.stream(System.getProperty("fixtures", "").split(","))
                .filter(part -> !part.isBlank()).toList();
        List<DiffCase> cases = DiffCase.all().stream()
                .filter(fixture -> only.isEmpty() || only.stream().anyMatch(fixture.name()::contains)).toList();
        // The default build runs each case forwards on the test server; -Pfull (fixtures.everyWay) runs
        // both directions on every PostgreSQL major version found.
        boolean everyWay = Boolean.getBoolean("fixtures.everyWay");
        List<PostgresVersions.Server> servers = everyWay ? PostgresVersions.all() : PostgresVersions.all().subList(0, 1);
        return servers.stream().map(server -> DynamicContainer.dynamicContainer(server.toString(),
                cases.stream().flatMap(fixture -> everyWay ? Stream.of(fixture, fixture.reversed()) : Stream.of(fixture))
                        .map(fixture ->
                        DynamicTest.dynamicTest(fixture.name() + (fixture.backwards() ? " (to -> from)" : ""),
                                fixture.directory().toUri(), () -> run(fixture, server)))));
    }

    private static void run(DiffCase fixture, PostgresVersions.Server server) {
        String pending = fixture.pending();
        if (pending == null) {
            new DiffCaseRun(fixture, server).run();
            return;
        }
        try {
            new DiffCaseRun(fixture, server).run();
        } catch (AssertionError expected) {
            throw new TestAbortedException("pending (" + pending + "): " + expected.getMessage(), expected);
        }
        throw new AssertionFailedError(fixture.name() + " passes now: remove 'pending' from its case.properties");
    }
}
