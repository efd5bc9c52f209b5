package dev.strata.migration.autogenerate.desired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.migration.MigrationService;
import dev.strata.migration.autogenerate.CurrentSchema;
import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.test.CatalogSnapshot;
import dev.strata.test.CompiledSources;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The desired schema against real PostgreSQL, judged by the catalog itself (not by the diff engine). */
@ExtendWith(TestEnvironment.class)
class DesiredSchemaTests {

    @TempDir
    Path project;

    private final List<String> lines = new ArrayList<>();
    private ScratchServer server;

    @BeforeEach
    void openServer() {
        server = ScratchServer.open(CommandSettings.from(Env.of(Map.of(ScratchServer.SHADOW_DATABASE_URL, TestEnvironment.serverUrl()))),
                lines::add);
    }

    @AfterEach
    void closeServer() {
        server.close();
    }

    @Test
    void shippedEntitiesAndDeclarativeSqlBuildWhatTheShippedMigrationsBuild() throws SQLException {
        try (ScratchDatabase migrated = server.create(); ScratchDatabase desired = server.create()) {
            CurrentSchema.build(migrated.settings(), List.of(MigrationService.DEFAULT_LOCATION), lines::add);
            List<String> warnings = apply(new DesiredSchema(List.of(DesiredSchema.DEFAULT_PACKAGE),
                    getClass().getClassLoader(), Path.of("src/main/resources/db")), desired);

            assertThat(snapshot(desired)).isEqualTo(snapshot(migrated)).contains("trigger CREATE TRIGGER users_set_updated_at");
            assertThat(warnings).isEmpty();
            assertThat(lines).anyMatch(line -> line.startsWith("Entities rendered: 2 classes, 5 statements"))
                    .anyMatch(line -> line.startsWith("Declarative SQL applied: 1 files from db/schema"));
        }
    }

    @Test
    void entitiesGetTheNamesAndTypesPostgresGivesAHandWrittenSchema() throws IOException, SQLException {
        Files.createDirectories(project.resolve("schema"));
        try (URLClassLoader loader = CompiledSources.compile(project.resolve("classes"), ShopFixture.SOURCES);
                ScratchDatabase handWritten = server.create(); ScratchDatabase rendered = server.create()) {
            execute(handWritten, ShopFixture.HAND_WRITTEN);
            List<String> warnings = apply(new DesiredSchema(List.of("fixture.shop"), loader, project), rendered);

            assertThat(snapshot(rendered)).isEqualTo(snapshot(handWritten))
                    .contains("enum public.order_state PENDING, PAID, SHIPPED")
                    .contains("constraint public.orders orders_customer_id_fkey");
            assertThat(warnings).containsExactly(
                    "orders.noted_at: timestamp without time zone; use Instant or OffsetDateTime for timestamptz",
                    "orders.total: numeric without @Column(precision, scale) gets Hibernate's numeric(38,2); say what you need");
        }
    }

    @Test
    void aFailingDeclarativeFileIsNamedAndTheFilesBeforeItStay() throws IOException, SQLException {
        Path folder = Files.createDirectories(project.resolve("schema"));
        Files.writeString(folder.resolve("010_ok.sql"), "CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS $$ SELECT 42 $$;");
        Files.writeString(folder.resolve("020_broken.sql"), "CREATE VIEW v AS SELECT 1;\nCREATE VIEW w AS SELECT * FROM missing_table;");
        try (URLClassLoader loader = CompiledSources.compile(project.resolve("classes"), Map.of());
                ScratchDatabase scratch = server.create()) {
            DesiredSchema desired = new DesiredSchema(List.of("fixture.none"), loader, project);

            assertThatThrownBy(() -> apply(desired, scratch))
                    .isInstanceOf(StrataException.class)
                    .hasMessageContaining("db/schema/020_broken.sql failed")
                    .hasMessageContaining("missing_table")
                    .hasMessageContaining("42P01");
            TestDatabase database = new TestDatabase(scratch.settings());
            assertThat(database.column("SELECT answer()")).containsExactly("42");
            assertThat(database.column("SELECT to_regclass('v')::text")).containsOnlyNulls();
        }
    }

    private List<String> apply(DesiredSchema desired, ScratchDatabase scratch) throws SQLException {
        try (Connection connection = scratch.connect()) {
            return desired.applyTo(connection, lines::add);
        }
    }

    private static void execute(ScratchDatabase scratch, String sql) {
        new TestDatabase(scratch.settings()).execute(sql);
    }

    private static String snapshot(ScratchDatabase scratch) {
        return CatalogSnapshot.of(new TestDatabase(scratch.settings()));
    }
}
