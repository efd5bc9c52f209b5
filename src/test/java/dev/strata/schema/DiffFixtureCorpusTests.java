package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The fixture corpus itself, without the diff engine: it covers what the issue asks for, every
 * {@code from.sql} and {@code to.sql} loads on this server, and every {@code check.sql} can fail,
 * so a failure in {@link DiffFixtureTests} is the engine's, not the fixture's.
 */
class DiffFixtureCorpusTests {

    @Test
    void corpusHasEnoughCasesEqualPairsAndDataChecks() {
        List<DiffCase> cases = DiffCase.all();

        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).filteredOn(fixture -> fixture.exit() == 0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases).filteredOn(fixture -> fixture.check() != null).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases).filteredOn(fixture -> fixture.exit() == 3).isNotEmpty();
        assertThat(cases).filteredOn(fixture -> !fixture.renames().isEmpty()).isNotEmpty();
    }

    /**
     * Each {@code check.sql} must raise (SQLSTATE P0001, {@code RAISE EXCEPTION}) on a database
     * built from {@code to.sql} alone, which has the target schema but none of the rows: so it
     * names only columns of the target schema and does detect lost rows.
     */
    @TestFactory
    Stream<DynamicTest> everyFixtureLoadsAndItsCheckCanFail() {
        return DiffCase.all().stream().map(fixture -> DynamicTest.dynamicTest(fixture.name(), fixture.directory().toUri(),
                () -> loadsAndCheckCanFail(fixture)));
    }

    private static void loadsAndCheckCanFail(DiffCase fixture) {
        try (FixtureDatabase from = FixtureDatabase.create(); FixtureDatabase to = FixtureDatabase.create()) {
            from.run(fixture.from());
            to.run(fixture.to());
            String check = fixture.check();
            if (check != null) {
                assertThatThrownBy(() -> to.run(check)).as("check.sql on a database with to.sql's schema and no rows")
                        .cause().isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as(e.getMessage()).isEqualTo("P0001"));
            }
        }
    }
}
