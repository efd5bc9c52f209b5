package dev.strata.migration.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strata.migration.cli.DbCliTests.Run;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code strata db diff} in-process through {@link DbCli#run}: its exit codes, that stdout carries
 * only SQL (it is applied to the {@code from} database and the diff taken again), and that
 * everything else goes to stderr. Each test gets two fresh databases.
 */
class DiffCommandTests {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private TestDatabase from;
    private TestDatabase to;

    @BeforeEach
    void createDatabases() {
        from = TestEnvironment.createDatabase();
        to = TestEnvironment.createDatabase();
        for (TestDatabase database : List.of(from, to)) {
            database.execute("CREATE TABLE users (id integer PRIMARY KEY, name text NOT NULL)");
            database.execute("INSERT INTO users VALUES (1, 'ada')");
        }
    }

    @AfterEach
    void dropDatabases() {
        TestEnvironment.dropDatabase(from);
        TestEnvironment.dropDatabase(to);
    }

    @Test
    void equivalentDatabasesExitZeroAndPrintNothing() {
        from.execute("ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT CURRENT_TIMESTAMP");
        to.execute("ALTER TABLE users ADD COLUMN created_at timestamp with time zone DEFAULT now()");

        Run run = diff().exits(0);

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("strata: no differences");
    }

    @Test
    void onlineBoundsEveryStatementBuildsIndexesConcurrentlyAndNamesTheRewrittenTablesSize() {
        to.execute("CREATE INDEX users_name ON users (name)");
        from.execute("ALTER TABLE users ADD COLUMN score integer");
        to.execute("ALTER TABLE users ADD COLUMN score bigint");
        from.execute("CREATE INDEX users_score ON users (score)");
        to.execute("CREATE INDEX users_score ON users (score)");
        from.execute("ANALYZE users");

        Run plain = diff().exits(2);
        Run online = run(Map.of("STRATA_ONLINE_LOCK_TIMEOUT_MS", "1500"), "diff", "--from", from.url(), "--to",
                to.url(), "--online").exits(2);

        assertThat(plain.out()).startsWith("BEGIN;").contains("CREATE INDEX users_name ON public.users")
                .doesNotContain("lock_timeout");
        assertThat(online.out()).startsWith("-- This script cannot run in one transaction: it is planned online")
                .contains("SET lock_timeout = '1500ms';\n\nSET statement_timeout = '20min';\n\n"
                        + "CREATE INDEX CONCURRENTLY users_name ON public.users USING btree (name);")
                .contains("RESET lock_timeout;");
        // The type change of an indexed column is not planned online: the reason and the table's size are told.
        assertThat(online.err()).contains("strata: online: alter column public.users.score type integer -> bigint: "
                + "rewritten in place under an ACCESS EXCLUSIVE lock, not planned online: index users_score uses it")
                .contains("(public.users: about 1 rows, ");
    }

    @Test
    void objectsOfKindsTheDiffDoesNotModelAreCountedOnOneStderrLine() {
        to.execute("CREATE TABLE points (x integer, y integer)");
        from.execute("CREATE TABLE points (x integer, y integer)");
        to.execute("CREATE STATISTICS points_xy ON x, y FROM points");
        to.execute("CREATE STATISTICS points_yx (ndistinct) ON y, x FROM points");
        from.execute("CREATE RULE points_no_delete AS ON DELETE TO points DO INSTEAD NOTHING");

        Run run = diff().exits(0);

        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).contains("not compared: 1 rule, 2 statistics objects");
    }

    @Test
    void strictExitsOneWithoutSqlWhenSomethingWasNotCompared() {
        to.execute("CREATE TABLE points (x integer, y integer)");
        to.execute("CREATE STATISTICS points_xy ON x, y FROM points");

        Run run = diff("--strict").exits(1);

        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).contains("not compared: 1 statistics object");
        assertThat(run.err()).contains("--strict");
        from.execute("CREATE TABLE points (x integer, y integer)");
        to.execute("DROP STATISTICS points_xy");
        assertThat(diff("--strict").exits(0).err()).doesNotContain("not compared");
    }

    @Test
    void jsonCarriesTheNotComparedCountsTheChangesAndTheScriptWithTheSameExitCode() {
        to.execute("CREATE TABLE points (x integer, y integer)");
        from.execute("CREATE TABLE points (x integer, y integer)");
        to.execute("CREATE STATISTICS points_xy ON x, y FROM points");
        from.execute("CREATE RULE points_no_delete AS ON DELETE TO points DO INSTEAD NOTHING");
        to.execute("ALTER TABLE users ADD COLUMN bio text");

        Map<String, Object> json = json(2);

        assertThat(json).containsOnlyKeys("sql", "changes", "hazards", "possible_renames", "findings", "not_compared");
        assertThat(json.get("not_compared")).isEqualTo(Map.of("rule", 1, "statistics object", 1));
        assertThat(json.get("changes")).isEqualTo(List.of(Map.of("change", "add column public.users.bio",
                "destructive", false)));
        from.execute((String) json.get("sql"));
        Map<String, Object> equal = json(0);
        assertThat(equal.get("changes")).isEqualTo(List.of());
        assertThat(equal.get("sql")).isNull();
        assertThat(equal.get("not_compared")).isEqualTo(Map.of("rule", 1, "statistics object", 1));
    }

    @Test
    void jsonWithStrictExitsOneWithTheCountsAndNoScript() {
        to.execute("CREATE TABLE points (x integer, y integer)");
        to.execute("CREATE STATISTICS points_xy ON x, y FROM points");

        Map<String, Object> json = json(1, "--strict");

        assertThat(json.get("not_compared")).isEqualTo(Map.of("statistics object", 1));
        assertThat(json.get("sql")).isNull();
        assertThat(json.get("changes")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains(Map.of("change", "create table public.points", "destructive", false));
    }

    @Test
    void jsonWithoutUnsafeMarksDestructiveChangesAndCommentsThemOut() {
        from.execute("CREATE TABLE old (id integer)");

        Map<String, Object> json = json(3);

        assertThat(json.get("changes"))
                .isEqualTo(List.of(Map.of("change", "drop table public.old", "destructive", true)));
        assertThat((String) json.get("sql")).contains("-- [destructive] DROP TABLE public.old;");
        assertThat(json.get("not_compared")).isEqualTo(Map.of());
    }

    @Test
    void changesExitTwoWithOnlySqlOnStdoutThatBringsFromToTo() {
        to.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')");
        to.execute("CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "author_id integer REFERENCES users(id) ON DELETE CASCADE, mood mood DEFAULT 'ok', body text)");
        to.execute("CREATE INDEX posts_author_idx ON posts (author_id)");
        to.execute("ALTER TABLE users ADD COLUMN bio text");
        to.execute("COMMENT ON TABLE users IS 'who''s who'");

        Run run = diff().exits(2);

        assertThat(run.out()).startsWith("BEGIN;\n").endsWith("COMMIT;\n").doesNotContain("strata:");
        from.execute(run.out());
        diff().exits(0);
        assertThat(from.column("SELECT name FROM users")).containsExactly("ada");
    }

    @Test
    void destructiveChangesExitThreePrintedAsCommentsWithTheReasonsOnStderr() {
        from.execute("CREATE TABLE old (id integer)");
        from.execute("INSERT INTO old VALUES (7)");
        to.execute("ALTER TABLE users ADD COLUMN bio text");

        Run run = diff().exits(3);

        assertThat(run.out()).contains("-- [destructive] DROP TABLE public.old;", "\nALTER TABLE public.users ADD COLUMN "
                + "bio text;").doesNotContain("\nDROP TABLE");
        assertThat(run.err()).contains("1 destructive change(s)", "  drop table public.old",
                "DELETES_DATA: drop table public.old can lose data; if that is intended pass --unsafe");
        from.execute(run.out());
        assertThat(from.column("SELECT id FROM old")).containsExactly("7");
    }

    @Test
    void aScriptThatCannotRunInOneTransactionSaysSoAlsoWithItsDestructiveStatementsCommented() {
        from.execute("CREATE TYPE mood AS ENUM ('sad')");
        to.execute("CREATE TYPE mood AS ENUM ('sad', 'ok')");

        assertThat(diff().exits(2).out()).startsWith("-- This script cannot run in one transaction: ALTER TYPE ... ADD "
                + "VALUE must be committed before the new value can be used\n").doesNotContain("BEGIN;");

        from.execute("CREATE TABLE old (id integer)");

        assertThat(diff().exits(3).out()).contains("-- This script cannot run in one transaction: ALTER TYPE ... ADD "
                + "VALUE must be committed before the new value can be used\n", "ALTER TYPE public.mood ADD VALUE 'ok' "
                + "AFTER 'sad';", "-- [destructive] DROP TABLE public.old;");
    }

    @Test
    void everyChangesHazardsAreOnStderrAndTheDefaultAllowedOnesExitTwo() {
        to.execute("CREATE INDEX users_name_idx ON users (name)");

        Run run = diff().exits(2);

        assertThat(run.out()).contains("CREATE INDEX users_name_idx").doesNotContain("held back");
        assertThat(run.err().lines()).contains("strata: ACQUIRES_SHARE_LOCK: create index users_name_idx on public.users "
                + "blocks writes (SHARE lock) while it builds; on a large table build it with CREATE INDEX CONCURRENTLY "
                + "in a migration of its own (executeInTransaction=false)")
                .anyMatch(line -> line.startsWith("strata: INDEX_BUILD: create index users_name_idx"));
    }

    @Test
    void hazardsOutsideTheAllowedSetExitThreeAsCommentsUntilAllowHazardsNamesThem() {
        from.execute("CREATE TYPE size AS ENUM ('small', 'large', 'medium')");
        to.execute("CREATE TYPE size AS ENUM ('small', 'medium', 'large')");
        for (TestDatabase database : List.of(from, to)) {
            database.execute("ALTER TABLE users ADD COLUMN size size");
        }

        Run held = diff().exits(3);

        assertThat(held.out()).contains("-- [held back: CORRECTNESS] ALTER TYPE public.size",
                "--allow-hazards CORRECTNESS to include them").doesNotContain("\nALTER TYPE");
        assertThat(held.err()).contains("strata: CORRECTNESS: recreate enum public.size",
                "1 change(s) with hazards outside the allowed set (CORRECTNESS)", "pass --allow-hazards CORRECTNESS");

        Run allowed = diff("--allow-hazards", "INDEX_BUILD,CORRECTNESS").exits(2);

        from.execute(allowed.out());
        diff().exits(0);
        assertThat(from.column("SELECT name FROM users")).containsExactly("ada");
    }

    @Test
    void anUnknownHazardKindFailsWithExitOneNamingTheKnownOnes() {
        assertThat(diff("--allow-hazards", "LOCKS").exits(1).failure()).startsWith(
                "strata: --allow-hazards: unknown hazard kind 'LOCKS'; the kinds are ACQUIRES_ACCESS_EXCLUSIVE_LOCK, ");
    }

    @Test
    void jsonListsTheScriptAndEachHazardWithItsStatementWhyAndWhatToDo() {
        to.execute("CREATE INDEX users_name_idx ON users (name)");
        from.execute("CREATE TABLE old (id integer)");

        Run run = diff("--json").exits(3);

        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("sql").asString()).contains("-- [destructive] DROP TABLE public.old;",
                "\nCREATE INDEX users_name_idx ON public.users USING btree (name);");
        assertThat(json.get("changes").values()).extracting(change -> change.get("change").asString())
                .containsExactlyInAnyOrder("drop table public.old", "create index users_name_idx on public.users");
        assertThat(json.get("hazards").values()).extracting(hazard -> hazard.get("kind").asString(),
                hazard -> hazard.get("allowed").asBoolean()).containsExactlyInAnyOrder(tuple("DELETES_DATA", false),
                tuple("ACQUIRES_SHARE_LOCK", true), tuple("INDEX_BUILD", true));
        JsonNode share = json.get("hazards").values().stream()
                .filter(hazard -> hazard.get("kind").asString().equals("ACQUIRES_SHARE_LOCK")).findFirst().orElseThrow();
        assertThat(share.get("change").asString()).isEqualTo("create index users_name_idx on public.users");
        assertThat(share.get("statement").asString()).isEqualTo("CREATE INDEX users_name_idx ON public.users USING "
                + "btree (name);");
        assertThat(share.get("why").asString()).isEqualTo("blocks writes (SHARE lock) while it builds");
        assertThat(share.get("what_to_do").asString()).startsWith("on a large table build it with CREATE INDEX "
                + "CONCURRENTLY");
        assertThat(JsonMapper.builder().build().readTree(diff("--json", "--unsafe").exits(2).out()).get("hazards").get(0)
                .get("allowed").asBoolean()).isTrue();
    }

    @Test
    void unsafeIncludesTheDestructiveStatements() {
        from.execute("CREATE TABLE old (id integer)");

        Run run = diff("--unsafe").exits(2);

        assertThat(run.out()).contains("\nDROP TABLE public.old;\n").doesNotContain("--");
        from.execute(run.out());
        diff().exits(0);
    }

    @Test
    void droppingATableAlsoDropsTheSequenceItOwns() {
        from.execute("CREATE TABLE tickets (id integer NOT NULL)");
        from.execute("CREATE SEQUENCE tickets_id_seq AS integer START 1000 OWNED BY tickets.id");
        from.execute("ALTER TABLE tickets ALTER COLUMN id SET DEFAULT nextval('tickets_id_seq')");

        Run run = diff("--unsafe").exits(2);

        from.execute(run.out());
        diff().exits(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"serial", "integer GENERATED ALWAYS AS IDENTITY", "integer GENERATED BY DEFAULT AS IDENTITY",
        "bigserial"})
    void aSerialColumnChangesKindKeepingItsRowsAndNewRowsContinueAfterThem(String kind) {
        from.execute("CREATE TABLE tickets (id serial PRIMARY KEY, title text)");
        from.execute("INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c')");
        to.execute("CREATE TABLE tickets (id " + kind + " PRIMARY KEY, title text)");

        Run run = diff().exits(kind.equals("serial") ? 0 : 2);

        from.execute(run.out());
        diff().exits(0);
        from.execute("INSERT INTO tickets (title) VALUES ('d')");
        assertThat(from.column("SELECT id FROM tickets ORDER BY id")).containsExactly("1", "2", "3", "4");
    }

    @Test
    void aSerialColumnBecomesPlainWithoutItsSequence() {
        from.execute("CREATE TABLE tickets (id serial PRIMARY KEY)");
        to.execute("CREATE TABLE tickets (id integer PRIMARY KEY)");

        // Dropping the sequence loses its position: destructive, held back without --unsafe.
        assertThat(diff().exits(3).err()).contains("serial -> integer");
        from.execute(diff("--unsafe").exits(2).out());

        diff().exits(0);
        assertThat(from.column("SELECT count(*) FROM pg_sequences WHERE sequencename = 'tickets_id_seq'"))
                .containsExactly("0");
    }

    @Test
    void anIdentityColumnBecomesSerialKeepingItsRowsAndNewRowsContinueAfterThem() {
        from.execute("CREATE TABLE tickets (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text)");
        from.execute("INSERT INTO tickets (title) VALUES ('a'), ('b')");
        to.execute("CREATE TABLE tickets (id serial PRIMARY KEY, title text)");

        from.execute(diff().exits(2).out());
        diff().exits(0);
        from.execute("INSERT INTO tickets (title) VALUES ('c')");

        assertThat(from.column("SELECT id FROM tickets ORDER BY id")).containsExactly("1", "2", "3");
    }

    @Test
    void aNarrowingTypeChangeIsDestructive() {
        to.execute("ALTER TABLE users ALTER COLUMN name TYPE varchar(10)");

        assertThat(diff().exits(3).err()).contains("alter column public.users.name type text -> character varying(10)");
    }

    @Test
    void aPossibleRenameIsReportedOnStderrWithTheFlagAndTheFlagKeepsTheData() {
        to.execute("ALTER TABLE users RENAME COLUMN name TO full_name");

        assertThat(diff().exits(3).err()).contains("possible rename: column public.users.name was dropped and full_name "
                + "added with the same type (text); to keep its data pass --rename users.name=users.full_name");

        Run run = diff("--rename", "users.name=users.full_name").exits(2);

        assertThat(run.out()).contains("ALTER TABLE public.users RENAME COLUMN name TO full_name;");
        from.execute(run.out());
        assertThat(from.column("SELECT full_name FROM users")).containsExactly("ada");
        diff().exits(0);
    }

    @Test
    void comparesOnlyTheNamedSchemas() {
        to.execute("CREATE SCHEMA app");
        to.execute("CREATE TABLE app.t (id integer)");
        to.execute("CREATE TABLE extra (id integer)");

        assertThat(diff("--schema", "app").exits(2).out()).contains("CREATE SCHEMA app;", "CREATE TABLE app.t")
                .doesNotContain("extra");
        assertThat(diff("--schema", "auth").exits(0).out()).isEmpty();
    }

    @Test
    void timingsGoToStderrOnly() {
        to.execute("ALTER TABLE users ADD COLUMN bio text");
        String plain = diff().exits(2).out();

        Run timed = run(Map.of("STRATA_DIFF_TIMINGS", "1"), "diff", "--from", from.url(), "--to", to.url()).exits(2);

        assertThat(timed.out()).isEqualTo(plain);
        assertThat(timed.err()).containsPattern("strata: inspect both +\\d+ ms").containsPattern("strata: compare and render +\\d+ ms");
    }

    @Test
    void aBadUrlFailsWithExitOne() {
        Run run = run(Map.of(), "diff", "--from", "mysql://localhost/db", "--to", to.url()).exits(1);

        assertThat(run.failure()).startsWith("strata: --from");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnreachableDatabaseFailsWithExitOneWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run(Map.of(), "diff", "--from", from.url(), "--to",
                "postgresql://u:secret@127.0.0.1:" + closedPort + "/db").exits(1);

        assertThat(run.failure()).startsWith("strata: cannot read the schema of --to").contains("127.0.0.1:" + closedPort);
        assertThat(run.err()).doesNotContain("secret");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"users", "users=", "a.b.c.d=x"})
    void aMalformedRenameFailsWithExitOne(String rename) {
        assertThat(diff("--rename", rename).exits(1).failure()).startsWith("strata: --rename '" + rename + "': ");
    }

    @Test
    void aRenameOfAnUnknownTableOrColumnFailsWithExitOne() {
        assertThat(diff("--rename", "nope=people").exits(1).failure())
                .isEqualTo("strata: --rename public.nope: no table public.nope in the from schema");
        assertThat(diff("--rename", "users.nope=users.x").exits(1).failure())
                .isEqualTo("strata: --rename public.users.nope: table public.users has no column nope");
    }

    @Test
    void aUsageErrorExitsOneNotTwo() {
        Run run = run(Map.of(), "diff", "--from", from.url()).exits(1);

        assertThat(run.err()).contains("Missing required option: '--to=URL'", "Usage:");
        assertThat(run.out()).isEmpty();
    }

    /** {@code db diff --json} with the options, which must exit with {@code exit}: its JSON. */
    private Map<String, Object> json(int exit, String... options) {
        List<String> args = new ArrayList<>(List.of("--json"));
        args.addAll(List.of(options));
        return JSON.readValue(diff(args.toArray(String[]::new)).exits(exit).out(),
                new TypeReference<Map<String, Object>>() { });
    }

    private Run diff(String... options) {
        List<String> args = new ArrayList<>(List.of("diff", "--from", from.url(), "--to", to.url()));
        args.addAll(List.of(options));
        return run(Map.of(), args.toArray(String[]::new));
    }

    private static Run run(Map<String, String> variables, String... args) {
        return DbCliTests.db(variables, args);
    }
}
