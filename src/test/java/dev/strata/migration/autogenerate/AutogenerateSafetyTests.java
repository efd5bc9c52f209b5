package dev.strata.migration.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.migration.autogenerate.shadow.ScratchServer;
import dev.strata.schema.DiffResult;
import dev.strata.schema.HazardKind;
import dev.strata.schema.Script;
import dev.strata.settings.CommandSettings;
import dev.strata.settings.Env;
import dev.strata.settings.StrataException;
import dev.strata.test.MigrationFiles;
import dev.strata.test.ServiceProcess;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What autogenerate refuses to write, and what it leaves behind when it fails or is interrupted: nothing. */
class AutogenerateSafetyTests {

    @RegisterExtension
    final ProjectCopy project = new ProjectCopy();

    @Test
    void aFailingVerificationWritesNothingAndSaysWhy() throws IOException {
        try (URLClassLoader models = project.compile("v1", BlogFixture.POSTS)) {
            assertThatThrownBy(() -> generate(models, diff -> spoil(diff, true)))
                    .isInstanceOf(StrataException.class)
                    .hasMessageContaining("verification failed, nothing was written: after the up script the schema "
                            + "still differs from the models (still to do: add constraint posts_user_id_fkey");
            assertThatThrownBy(() -> generate(models, diff -> spoil(diff, false)))
                    .hasMessageContaining("after the down script the schema is not the one it started from");
        }
        assertThat(project.added()).isEmpty();
        assertThat(ProjectCopy.scratchDatabases()).isEmpty();
    }

    @Test
    void destructiveChangesAreWrittenOnlyWithUnsafe() throws IOException {
        new MigrationFiles(project.db()).add("V20260101000000__legacy.sql", "CREATE TABLE legacy (id int);",
                "DROP TABLE legacy;");

        ProjectCopy.Run refused = project.autogenerate(null, "drop legacy").exits(1);

        assertThat(refused.err()).contains("strata: nothing was written: 1 destructive change(s) (drop table public.legacy)",
                "pass --unsafe");
        assertThat(project.added()).hasSize(1);
        project.autogenerate(null, "drop legacy", "--unsafe").exits(0);
        assertThat(Files.readString(project.added().getLast())).contains("DROP TABLE public.legacy;",
                "DELETES_DATA: drop table public.legacy");
        project.db(null, "upgrade").exits(0);
        assertThat(project.database().tables()).doesNotContain("legacy");
        project.db(null, "downgrade", "-1").exits(0);
        assertThat(project.database().tables()).contains("legacy");
    }

    @Test
    void hazardsOutsideTheAllowedSetAreWrittenOnlyWhenAllowHazardsNamesThem() throws IOException {
        new MigrationFiles(project.db()).add("V20260101000000__size.sql",
                "CREATE TYPE size AS ENUM ('small', 'large', 'medium');", "DROP TYPE size;");
        Files.writeString(project.db().resolve("schema/030_size.sql"),
                "CREATE TYPE size AS ENUM ('small', 'medium', 'large');\n");

        ProjectCopy.Run refused = project.autogenerate(null, "reorder sizes").exits(1);

        assertThat(refused.err()).contains("strata: nothing was written: 1 hazard(s) outside the allowed set (CORRECTNESS: "
                + "recreate enum public.size", "pass --allow-hazards CORRECTNESS");
        assertThat(project.added()).hasSize(1);
        ProjectCopy.Run written = project.autogenerate(null, "reorder sizes", "--allow-hazards", "CORRECTNESS", "--json")
                .exits(0);
        JsonNode hazard = JsonMapper.builder().build().readTree(written.out()).get("hazards").get(0);
        assertThat(hazard.get("kind").asString()).isEqualTo("CORRECTNESS");
        assertThat(hazard.get("allowed").asBoolean()).isTrue();
        assertThat(Files.readString(project.added().getLast())).contains("--   CORRECTNESS: recreate enum public.size");
    }

    @Test
    void aRenameKeepsTheColumnInsteadOfDroppingIt() throws IOException {
        try (URLClassLoader models = project.compile("v1", BlogFixture.POSTS);
                URLClassLoader renamed = project.compile("v2", BlogFixture.POSTS_WITH_HEADLINE)) {
            project.autogenerate(models, "add posts").exits(0);

            ProjectCopy.Run refused = project.autogenerate(renamed, "headline").exits(1);
            assertThat(refused.err().lines().filter(line -> line.contains("nothing was written")))
                    .singleElement().asString().contains("drop column public.posts.title",
                            "possible rename: column public.posts.title was dropped and headline added",
                            "pass --rename posts.title=posts.headline");
            project.autogenerate(renamed, "headline", "--rename", "posts.title=posts.headline").exits(0);

            assertThat(Files.readString(project.added().getLast()))
                    .contains("ALTER TABLE public.posts RENAME COLUMN title TO headline;").doesNotContain("DROP");
        }
    }

    @Test
    void aRenameConfirmedAtTheQuestionKeepsTheColumnAndARefusedOneStaysADrop() throws IOException {
        try (URLClassLoader models = project.compile("v1", BlogFixture.POSTS);
                URLClassLoader renamed = project.compile("v2", BlogFixture.POSTS_WITH_HEADLINE)) {
            project.autogenerate(models, "add posts").exits(0);
            List<String> asked = new ArrayList<>();

            assertThatThrownBy(() -> generate(renamed, UnaryOperator.identity(), question -> {
                asked.add(question);
                return false;
            }))
                    .hasMessageContaining("nothing was written").hasMessageContaining("--rename posts.title=posts.headline");
            assertThat(asked).containsExactly("Was posts.title renamed to posts.headline? [y/N]");
            assertThat(project.added()).hasSize(1);

            asked.clear();
            generate(renamed, UnaryOperator.identity(), question -> asked.add(question));

            assertThat(asked).containsExactly("Was posts.title renamed to posts.headline? [y/N]");
            assertThat(Files.readString(project.added().getLast()))
                    .contains("ALTER TABLE public.posts RENAME COLUMN title TO headline;").doesNotContain("DROP");
        }
    }

    @Test
    void againstLiveComparesTheConfiguredDatabaseAndOnlyReadsIt() throws IOException {
        project.db(null, "upgrade").exits(0);
        project.database().execute("ALTER TABLE users ADD COLUMN nickname text");

        ProjectCopy.Run run = project.autogenerate(null, "drop nickname", "--against-live", "--unsafe").exits(0);

        assertThat(run.err()).contains("Current schema: the live database").doesNotContain("Migrations applied");
        assertThat(Files.readString(project.added().getLast())).contains("ALTER TABLE public.users DROP COLUMN nickname;");
        assertThat(project.database().column("SELECT count(*) FROM information_schema.columns"
                + " WHERE table_name = 'users' AND column_name = 'nickname'")).containsExactly("1");
    }

    @Test
    @SuppressWarnings("try") // closing the run inside its block is the interruption under test
    void anInterruptedRunLeavesNoScratchDatabaseAndWritesNothing() throws Exception {
        new MigrationFiles(project.db()).add("V20260101000000__slow.sql", "SELECT pg_sleep(30);", "SELECT 1;");
        try (ServiceProcess run = ServiceProcess.run(project.root(), project.variables(), "db", "revision", "--autogenerate",
                "-m", "interrupted", "--dir", project.db().toString())) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!run.stderr().contains("Migrations applied 1/3") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // The slow migration (V20260101000000, pg_sleep(30)) runs now.
            assertThat(ProjectCopy.scratchDatabases()).as(run.stderr()).hasSize(2);

            run.close();

            assertThat(run.awaitExit(Duration.ofSeconds(30))).isNotZero();
        }
        assertThat(ProjectCopy.scratchDatabases()).isEmpty();
        assertThat(project.added()).hasSize(1);
    }

    private Autogenerate.Outcome generate(URLClassLoader models, UnaryOperator<DiffResult> review) {
        return generate(models, review, RenameQuestions.none());
    }

    private Autogenerate.Outcome generate(URLClassLoader models, UnaryOperator<DiffResult> review,
            RenameQuestions questions) {
        Map<String, String> variables = project.variables();
        variables.put("STRATA_ENTITY_PACKAGES", "dev.strata,fixture");
        CommandSettings settings = CommandSettings.from(Env.of(variables));
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(models);
        try (ScratchServer scratch = ScratchServer.open(settings, lines::add)) {
            return new Autogenerate(settings, lines::add, Clock.systemUTC(), review, questions)
                    .run(new Autogenerate.Request("spoiled", project.db(), List.of(), HazardKind.defaults(), null),
                            () -> scratch);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The diff with the last statement of its up (or down) script left out. */
    private static DiffResult spoil(DiffResult diff, boolean up) {
        Script script = up ? diff.up() : diff.down();
        Script spoiled = new Script(script.statements().subList(0, script.statements().size() - 1), script.transactional(),
                script.reason());
        return new DiffResult(diff.changes(), up ? spoiled : diff.up(), up ? diff.down() : spoiled, diff.findings());
    }
}
