package dev.strata.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** The pending count {@code /health} reports, with and without a baseline migration from {@code db squash}. */
class MigrationCatalogTests {

    private final MigrationCatalog squashed = new MigrationCatalog(versions("1", "2", "3", "4"), versions("3"));

    @Test
    void countsTheVersionsNotApplied() {
        MigrationCatalog plain = new MigrationCatalog(versions("1", "2", "3"), List.of());

        assertThat(plain.pending(List.of("1"))).isEqualTo(2);
        assertThat(plain.pending(List.of())).isEqualTo(3);
    }

    @Test
    void aDatabaseBuiltFromTheBaselineHasNothingPendingAtOrBelowIt() {
        assertThat(squashed.pending(List.of("3"))).isEqualTo(1);
        assertThat(squashed.pending(List.of("3", "4"))).isZero();
    }

    @Test
    void aDatabaseWithOlderHistoryStillCountsWhatItHasNotApplied() {
        assertThat(squashed.pending(List.of("1", "2"))).isEqualTo(2);
        assertThat(squashed.pending(List.of())).isEqualTo(4);
    }

    private static List<MigrationVersion> versions(String... versions) {
        return Arrays.stream(versions).map(MigrationVersion::fromVersion).toList();
    }
}
