package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.migration.cli.DbCliTests.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code strata db lint} in-process: its findings, exit codes, --allow and --json; no database. */
class LintCommandTests {

    @TempDir
    Path directory;

    @Test
    void aRuleThatFiresExitsOneNamingTheFileLineAndRule() throws IOException {
        Path file = write("V2__index.sql", "SET lock_timeout = '5s';\n\nCREATE INDEX users_name_idx ON users (name);\n");

        Run run = DbCliTests.db(Map.of(), "lint", file.toString()).exits(1);

        assertThat(run.out().lines()).containsExactly(file + ":3: require-concurrent-index-creation: CREATE INDEX "
                + "users_name_idx ON users (name)", "  CREATE INDEX blocks every write to the table (SHARE lock) until "
                + "the index is built; CREATE INDEX CONCURRENTLY, in a migration of its own with "
                + "executeInTransaction=false");
        assertThat(run.err()).contains("strata: 1 finding(s), 1 not allowed");
    }

    @Test
    void allowedRulesArePrintedButExitZero() throws IOException {
        Path file = write("V2__index.sql", "CREATE INDEX users_name_idx ON users (name);");

        Run run = DbCliTests.db(Map.of(), "lint", file.toString(), "--allow",
                "require-concurrent-index-creation,require-lock-timeout").exits(0);

        assertThat(run.out()).contains(": require-concurrent-index-creation (allowed): ",
                ": require-lock-timeout (allowed): ");
        assertThat(DbCliTests.db(Map.of(), "lint", file.toString(), "--allow", "no-such-rule").exits(1).failure())
                .startsWith("strata: --allow: unknown lint rule 'no-such-rule'");
    }

    @Test
    void withoutFilesItChecksEveryMigrationInTheDirectory() throws IOException {
        write("migration/V1__a.sql", "CREATE TABLE a (id bigint PRIMARY KEY);");
        write("migration/V2__b.sql", "ALTER TABLE a DROP COLUMN id;");
        write("migration/notes.txt", "DROP TABLE a;");

        Run run = DbCliTests.db(Map.of(), "lint", "--dir", directory.toString(), "--json").exits(1);

        JsonNode findings = JsonMapper.builder().build().readTree(run.out());
        assertThat(findings.values()).extracting(f -> f.get("rule").asString())
                .containsExactly("ban-drop-column", "require-lock-timeout");
        JsonNode first = findings.get(0);
        assertThat(first.get("file").asString()).endsWith("V2__b.sql");
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(first.get("statement").asString()).isEqualTo("ALTER TABLE a DROP COLUMN id");
        assertThat(first.get("allowed").asBoolean()).isFalse();
        assertThat(DbCliTests.db(Map.of(), "lint", "--dir", directory.toString(), "--allow",
                "ban-drop-column,require-lock-timeout").exits(0).err()).contains("2 finding(s), 0 not allowed");
    }

    private Path write(String name, String sql) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, sql);
    }
}
