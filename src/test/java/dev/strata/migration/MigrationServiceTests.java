package dev.strata.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.StrataException;
import dev.strata.config.DatabaseSettings;
import dev.strata.config.DatabaseUrl;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestEnvironment.class)
class MigrationServiceTests {

    @TempDir
    Path migrations;

    @Test
    void concurrentUpgradesOnAnEmptyDatabaseApplyEachMigrationOnce() throws Exception {
        write("V1__one.sql", "CREATE TABLE one (id int);");
        write("V2__slow.sql", "SELECT pg_sleep(1); CREATE TABLE two (id int);");
        write("V3__three.sql", "CREATE TABLE three (id int);");
        TestDatabase database = TestEnvironment.createDatabase();
        try {
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Integer>> replicas = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replicas.add(() -> service(database.settings(), lines).upgrade());
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            int applied = 0;
            for (Future<Integer> result : pool.invokeAll(replicas)) {
                applied += result.get();
            }
            pool.shutdown();

            assertThat(applied).isEqualTo(3);
            assertThat(database.column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"))
                    .containsExactly("1", "2", "3");
            assertThat(lines).contains("Applying 1/3: V1__one.sql", "Applying 3/3: V3__three.sql");
        } finally {
            TestEnvironment.dropDatabase(database);
        }
    }

    @Test
    void failedMigrationNamesTheFileAndTheErrorAndLeavesNoTrace(TestDatabase database) throws Exception {
        write("V1__good.sql", "CREATE TABLE good (id int);");
        write("V2__broken.sql", "CREATE TABLE half (id int);\nINSERT INTO missing_table VALUES (1);");

        assertThatThrownBy(() -> service(database.settings(), new ArrayList<>()).upgrade())
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("V2__broken.sql")
                .hasMessageContaining("missing_table")
                .hasMessageContaining("42P01");

        assertThat(database.column("SELECT to_regclass('half')::text")).containsOnlyNulls();
        assertThat(database.column("SELECT to_regclass('good')::text")).containsExactly("good");
        assertThat(database.column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL"))
                .containsExactly("1");
    }

    @Test
    void refusesATransactionPoolerAndNamesTheSessionPoolerUrl() {
        DatabaseSettings pooler = DatabaseUrl.parse("MIGRATION_DATABASE_URL",
                "postgresql://postgres.abcdefghij:pw@aws-0-eu-central-1.pooler.supabase.com:6543/postgres");

        assertThatThrownBy(() -> service(pooler, new ArrayList<>()).upgrade())
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("transaction-mode pooler")
                .hasMessageContaining("aws-0-eu-central-1.pooler.supabase.com:5432")
                .hasMessageNotContaining(":pw@");
    }

    @Test
    void waitingForAnUnreachableDatabaseEndsNamingHostAndPort() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings nowhere = DatabaseUrl.parse("DATABASE_URL", "postgresql://u:secret@127.0.0.1:" + closedPort + "/db");
        List<String> lines = new ArrayList<>();

        assertThatThrownBy(() -> new DatabaseWait(nowhere, lines::add).await(Duration.ofSeconds(2)))
                .isInstanceOf(StrataException.class)
                .hasMessageContaining("127.0.0.1:" + closedPort)
                .hasMessageContaining("not reachable after 2 s")
                .hasMessageNotContaining("secret");
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).contains("attempt"));
    }

    @Test
    void everyShippedMigrationHasADownScriptThatUndoesIt() {
        TestDatabase database = TestEnvironment.createDatabase();
        try {
            List<String> lines = new ArrayList<>();
            MigrationService shipped = new MigrationService(database.settings(), List.of(MigrationService.DEFAULT_LOCATION),
                    lines::add);
            List<String> versions = shipped.history().stream().map(MigrationEntry::version).toList();
            assertThat(versions).isNotEmpty();
            for (String version : versions) {
                String before = schema(database);
                assertThat(shipped.upgrade(Targets.up(version))).as("upgrade to %s: %s", version, lines).isEqualTo(1);
                assertThat(shipped.downgrade(Targets.down("-1"))).as("downgrade of %s: %s", version, lines).isEqualTo(1);
                assertThat(schema(database)).as("schema after upgrading to " + version + " and back").isEqualTo(before);
                shipped.upgrade(Targets.up(version));
            }
            assertThat(shipped.status().current()).isEqualTo(versions.getLast());
        } finally {
            TestEnvironment.dropDatabase(database);
        }
    }

    /**
     * Everything a migration can leave behind outside Flyway's history table, one line per object,
     * in every schema that is not PostgreSQL's own.
     */
    private static String schema(TestDatabase database) {
        String userSchema = " NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
        String notHistory = " <> 'flyway_schema_history'";
        List<String> queries = List.of(
                "SELECT 'schema ' || nspname || ' ' || coalesce(nspacl::text, '') FROM pg_namespace"
                        + " WHERE nspname" + userSchema + " AND nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast%'",
                "SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension",
                "SELECT 'relation ' || n.nspname || '.' || c.relname || ' kind ' || c.relkind::text || ' rls ' || c.relrowsecurity::text"
                        + " || ' acl ' || coalesce(c.relacl::text, '') || ' ' || coalesce(pg_get_viewdef(c.oid), '')"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname" + userSchema + " AND c.relkind NOT IN ('i', 'I', 't')"
                        + " AND c.relname" + notHistory,
                "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)"
                        + " || CASE WHEN a.attnotnull THEN ' not null' ELSE ' null' END"
                        + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                        + " || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END"
                        + " || CASE WHEN a.attgenerated <> '' THEN ' generated ' || a.attgenerated::text ELSE '' END"
                        + " || ' position ' || a.attnum"
                        + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE n.nspname" + userSchema + " AND a.attnum > 0 AND NOT a.attisdropped"
                        + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c') AND c.relname" + notHistory,
                "SELECT 'constraint ' || n.nspname || '.' || con.conrelid::regclass::text || ' ' || con.conname || ' '"
                        + " || pg_get_constraintdef(con.oid) FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace"
                        + " WHERE n.nspname" + userSchema + " AND con.conrelid::regclass::text" + notHistory,
                "SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef FROM pg_indexes"
                        + " WHERE schemaname" + userSchema + " AND tablename" + notHistory,
                "SELECT 'enum ' || n.nspname || '.' || t.typname || ' ' || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder)"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid"
                        + " WHERE n.nspname" + userSchema + " GROUP BY n.nspname, t.typname",
                "SELECT 'type ' || n.nspname || '.' || t.typname || ' ' || t.typtype::text"
                        + " || CASE WHEN t.typtype = 'd' THEN ' ' || format_type(t.typbasetype, t.typtypmod) ELSE '' END"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace LEFT JOIN pg_class c ON c.oid = t.typrelid"
                        + " WHERE n.nspname" + userSchema + " AND (c.oid IS NULL OR c.relkind = 'c')"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_type element WHERE element.typarray = t.oid)",
                "SELECT 'function ' || p.oid::regprocedure::text || ' '"
                        + " || CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE pg_get_functiondef(p.oid) END"
                        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                        + " WHERE n.nspname" + userSchema
                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')",
                "SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND n.nspname" + userSchema,
                "SELECT 'policy ' || schemaname || '.' || tablename || ' ' || policyname || ' ' || permissive || ' ' || cmd"
                        + " || ' ' || roles::text || ' ' || coalesce(qual, '') || ' ' || coalesce(with_check, '') FROM pg_policies",
                "SELECT 'sequence ' || schemaname || '.' || sequencename || ' ' || data_type || ' ' || start_value"
                        + " || ' ' || increment_by FROM pg_sequences WHERE schemaname" + userSchema);
        List<String> lines = new ArrayList<>();
        for (String query : queries) {
            lines.addAll(database.column(query));
        }
        return lines.stream().sorted().collect(Collectors.joining("\n"));
    }

    private MigrationService service(DatabaseSettings target, List<String> lines) {
        return new MigrationService(target, List.of("filesystem:" + migrations), lines::add);
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }
}
