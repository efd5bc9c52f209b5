package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Securable;
import dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEnvironment.class)
class AccessInspectorTests {

    private static final QualifiedName NOTES = new QualifiedName("public", "notes");

    /** Roles belong to the cluster, which other test classes share: made once, never dropped. */
    @BeforeAll
    static void createPoliciesAndGrants(TestDatabase database) {
        for (String role : List.of("strata_test_reader", "strata_test_writer", "Strata Test Editors")) {
            database.execute("DO $$ BEGIN CREATE ROLE \"" + role + "\" NOLOGIN;"
                    + " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
        }
        database.execute("""
                CREATE TABLE notes (id integer PRIMARY KEY, owner text, body text);
                ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own ON notes FOR ALL TO strata_test_writer, "Strata Test Editors"
                    USING (owner = current_user) WITH CHECK (owner = current_user AND body IS NOT NULL);
                CREATE POLICY visible ON notes AS RESTRICTIVE FOR SELECT USING (id > 0);
                CREATE POLICY add ON notes FOR INSERT TO strata_test_writer WITH CHECK (true);
                GRANT SELECT ON notes TO strata_test_reader, PUBLIC;
                GRANT INSERT, UPDATE ON notes TO strata_test_writer WITH GRANT OPTION;
                GRANT UPDATE (body) ON notes TO strata_test_reader;
                CREATE VIEW recent AS SELECT id FROM notes;
                GRANT SELECT ON recent TO strata_test_reader;
                CREATE SEQUENCE numbers;
                GRANT USAGE ON SEQUENCE numbers TO strata_test_writer WITH GRANT OPTION;
                CREATE FUNCTION answer(question text) RETURNS integer LANGUAGE sql AS $$ SELECT 42 $$;
                REVOKE EXECUTE ON FUNCTION answer(text) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION answer(text) TO strata_test_reader;
                CREATE TYPE mood AS ENUM ('ok');
                CREATE SCHEMA app;
                GRANT USAGE ON SCHEMA app TO "Strata Test Editors";
                ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
                ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO strata_test_reader WITH GRANT OPTION;
                COMMENT ON CONSTRAINT notes_pkey ON notes IS 'key';
                COMMENT ON INDEX notes_pkey IS 'its index';
                COMMENT ON SEQUENCE numbers IS 'counting';
                COMMENT ON FUNCTION answer(text) IS 'everything';
                COMMENT ON SCHEMA app IS 'the app''s';
                """);
    }

    @Test
    void readsPoliciesWithKindCommandSortedRolesAndBothExpressions(TestDatabase database) {
        assertThat(Inspection.read(database, PolicyInspector::read, "public")).containsExactly(
                new Policy(NOTES, "add", true, "INSERT", List.of("strata_test_writer"), null, "true"),
                new Policy(NOTES, "own", true, "ALL", List.of("Strata Test Editors", "strata_test_writer"),
                        "(owner = CURRENT_USER)", "((owner = CURRENT_USER) AND (body IS NOT NULL))"),
                new Policy(NOTES, "visible", false, "SELECT", List.of("public"), "(id > 0)", null));
    }

    @Test
    void readsGrantsToOtherRolesButNotTheOwnersOwn(TestDatabase database) {
        assertThat(Inspection.read(database, GrantInspector::read, "public", "app")).containsExactly(
                new Grant(Securable.column(NOTES, "body"), "strata_test_reader", "UPDATE", false),
                new Grant(new Securable(Securable.Kind.FUNCTION, name("answer"), "question text"), "strata_test_reader",
                        "EXECUTE", false),
                new Grant(Securable.schema("app"), "Strata Test Editors", "USAGE", false),
                new Grant(Securable.schema("public"), "public", "USAGE", false),
                new Grant(new Securable(Securable.Kind.SEQUENCE, name("numbers"), null), "strata_test_writer", "USAGE",
                        true),
                new Grant(NOTES, "public", "SELECT", false),
                new Grant(NOTES, "strata_test_reader", "SELECT", false),
                new Grant(NOTES, "strata_test_writer", "INSERT", true),
                new Grant(NOTES, "strata_test_writer", "UPDATE", true),
                new Grant(name("recent"), "strata_test_reader", "SELECT", false),
                new Grant(new Securable(Securable.Kind.TYPE, name("mood"), null), "public", "USAGE", false));
    }

    @Test
    void readsEveryObjectsOwner(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect()) {
            assertThat(GrantInspector.privileges(connection, connection.createArrayOf("text", new String[] {"public"}))
                    .owners()).containsEntry(Securable.table(NOTES), "postgres")
                    .containsEntry(Securable.table(name("recent")), "postgres")
                    .containsEntry(Securable.schema("public"), "pg_database_owner")
                    .containsKey(new Securable(Securable.Kind.FUNCTION, name("answer"), "question text"));
        }
    }

    @Test
    void readsDefaultPrivilegesAndTheBuiltInOnesTakenAway(TestDatabase database) {
        assertThat(Inspection.read(database, GrantInspector::defaults, "public", "app")).containsExactly(
                new DefaultPrivilege("postgres", null, "FUNCTIONS", "public", "EXECUTE", false, true),
                new DefaultPrivilege("postgres", "app", "TABLES", "strata_test_reader", "SELECT", true, false));
    }

    @Test
    void renderedDefaultPrivilegesGiveBackTheSameEntries(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, GrantInspector::defaults, UnaryOperator.identity(),
                entry -> ChangeRenderer.render(new AlterDefaultPrivilege(entry, false)),
                entry -> ChangeRenderer.render(new AlterDefaultPrivilege(entry, true)), "public", "app");
    }

    @Test
    void readsTheCommentsOfObjectsWhoseRecordsDoNotHoldThem(TestDatabase database) throws SQLException {
        // Set here: another test drops and creates the policies again.
        database.execute("COMMENT ON POLICY own ON notes IS 'mine'");
        try (Connection connection = database.connect()) {
            assertThat(GrantInspector.comments(connection, connection.createArrayOf("text", new String[] {"public", "app"})))
                    .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                            new CommentTarget("CONSTRAINT", "notes_pkey ON public.notes"), "key",
                            new CommentTarget("FUNCTION", "public.answer(question text)"), "everything",
                            new CommentTarget("INDEX", "public.notes_pkey"), "its index",
                            new CommentTarget("POLICY", "own ON public.notes"), "mine",
                            new CommentTarget("SCHEMA", "app"), "the app's",
                            new CommentTarget("SCHEMA", "public"), "standard public schema",
                            new CommentTarget("SEQUENCE", "public.numbers"), "counting")));
        }
    }

    private static QualifiedName name(String name) {
        return new QualifiedName("public", name);
    }

    @Test
    void renderedDropsAndCreatesGiveBackTheSamePoliciesAndGrants(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, PolicyInspector::read, UnaryOperator.identity(),
                policy -> ChangeRenderer.render(new DropPolicy(policy)),
                policy -> ChangeRenderer.render(new CreatePolicy(policy)), "public");
        Inspection.assertDropsAndCreatesRoundTrip(database, GrantInspector::read, UnaryOperator.identity(),
                grant -> ChangeRenderer.render(new RevokePrivilege(grant)),
                grant -> ChangeRenderer.render(new GrantPrivilege(grant)), "public", "app");
    }

    @Test
    void renderedAlterPolicyChangesRolesAndExpressionsInPlace(TestDatabase database) {
        Policy own = Inspection.read(database, PolicyInspector::read, "public").get(1);
        Policy wider = new Policy(NOTES, "own", true, "ALL", List.of("strata_test_reader"), "true", "(id > 0)");
        Inspection.apply(database, ChangeRenderer.render(new AlterPolicy(own, wider)));
        assertThat(Inspection.read(database, PolicyInspector::read, "public")).contains(wider);
        Inspection.apply(database, ChangeRenderer.render(new AlterPolicy(wider, own)));
        assertThat(Inspection.read(database, PolicyInspector::read, "public")).contains(own);
    }

    @Test
    void renderedRowSecuritySwitchesSetTheTablesFlags(TestDatabase database) {
        String flags = "SELECT relrowsecurity || ',' || relforcerowsecurity FROM pg_class WHERE oid = 'notes'::regclass";
        Inspection.apply(database, ChangeRenderer.render(new AlterRowSecurity(NOTES, true, false, true, true)));
        assertThat(database.column(flags)).containsExactly("true,true");
        Inspection.apply(database, ChangeRenderer.render(new AlterRowSecurity(NOTES, true, true, false, false)));
        assertThat(database.column(flags)).containsExactly("false,false");
        Inspection.apply(database, ChangeRenderer.render(new AlterRowSecurity(NOTES, false, false, true, false)));
        assertThat(database.column(flags)).containsExactly("true,false");
    }
}
