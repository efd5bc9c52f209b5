package dev.strata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fixture corpus covers what the issue asks for. Whether each case loads, and whether its
 * {@code check.sql} can fail, is step a of {@link DiffCaseRun}.
 */
class DiffFixtureCorpusTests {

    @Test
    void corpusHasEnoughCasesEqualPairsDataChecksDestructiveCasesAndRenames() {
        List<DiffCase> cases = DiffCase.all();

        // Issue 12: more own cases than pg-delta's 321 integration scenarios.
        assertThat(cases).hasSizeGreaterThanOrEqualTo(400);
        assertThat(cases).filteredOn(fixture -> fixture.exit() == 0).hasSizeGreaterThanOrEqualTo(6);
        assertThat(cases).filteredOn(fixture -> fixture.check() != null).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases).filteredOn(fixture -> fixture.exit() == 3).hasSizeGreaterThanOrEqualTo(8);
        assertThat(cases).filteredOn(fixture -> !fixture.renames().isEmpty()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(cases).filteredOn(fixture -> Boolean.FALSE.equals(fixture.transactional())).isNotEmpty();
    }

    @Test
    void everyCaseHasBothSidesAndSaysWhatItExpects() {
        assertThat(DiffCase.all()).allSatisfy(fixture -> {
            assertThat(fixture.from()).as(fixture.name() + "/from.sql").isNotBlank();
            assertThat(fixture.to()).as(fixture.name() + "/to.sql").isNotBlank();
            assertThat(fixture.exit() == 0 || !fixture.contains().isEmpty())
                    .as(fixture.name() + ": a case with changes names at least one fragment the script must contain")
                    .isTrue();
        });
    }
}
