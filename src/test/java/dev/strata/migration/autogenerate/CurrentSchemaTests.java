package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migration.MigrationService;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.Env;
import dev.strata.settings.MigrationSettings;
import dev.strata.test.MigrationFiles;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestEnvironment.class)
class CurrentSchemaTests {

    @TempDir
    Path project;

    @Test
    void migrationsComeFromTheProjectFolderUnlessTheLocationsAreSet() throws IOException {
        MigrationSettings none = migrations(Map.of());
        assertThat(CurrentSchema.locations(none, project)).containsExactly(MigrationService.DEFAULT_LOCATION);

        new MigrationFiles(project).add("V1__one.sql", "SELECT 1;", null);
        assertThat(CurrentSchema.locations(none, project)).containsExactly("filesystem:" + project.resolve("migration"));
        assertThat(CurrentSchema.locations(migrations(Map.of("STRATA_MIGRATION_LOCATIONS", "filesystem:/x")), project))
                .containsExactly("filesystem:/x");
    }

    @Test
    void appliesEveryMigrationAndCountsThemOnTheWay(TestDatabase database) throws IOException {
        MigrationFiles files = new MigrationFiles(project);
        files.add("V1__one.sql", "CREATE TABLE one (id int);", null);
        files.add("V20260101000000__two.sql", "CREATE TABLE two (id int);", null);
        List<String> lines = new ArrayList<>();

        int applied = CurrentSchema.build(database.settings(), CurrentSchema.locations(migrations(Map.of()), project), lines::add);

        assertThat(applied).isEqualTo(2);
        assertThat(database.tables()).containsExactly("one", "two");
        assertThat(lines.subList(0, 2)).satisfiesExactly(line -> assertThat(line).startsWith("Migrations applied 1/2 ("),
                line -> assertThat(line).startsWith("Migrations applied 2/2 ("));
        assertThat(lines.getLast()).startsWith("Current schema: 2 migrations applied in ");
    }

    private static MigrationSettings migrations(Map<String, String> variables) {
        return CommandSettings.from(Env.of(variables)).migrations();
    }
}
