package dev.strata.schema;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The diff engine's golden fixtures under {@code src/test/resources/schema/diff/}: one test per
 * case, each run through every step of {@link DiffCaseRun} on real PostgreSQL. To run some cases
 * only: {@code -Dfixtures=enum_,rename_} (names containing any of the parts).
 */
class DiffFixtureTests {

    @TestFactory
    Stream<DynamicTest> everyFixtureDiffsAppliesConvergesAndRoundTrips() {
        List<String> only = Arrays.stream(System.getProperty("fixtures", "").split(",")).filter(s -> !s.isBlank()).toList();
        return DiffCase.all().stream()
                .filter(fixture -> only.isEmpty() || only.stream().anyMatch(fixture.name()::contains))
                .map(fixture -> DynamicTest.dynamicTest(fixture.name(), fixture.directory().toUri(),
                        () -> new DiffCaseRun(fixture).run()));
    }
}
