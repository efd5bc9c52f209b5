package dev.strata.schema.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.render.ChangeRenderer;
import dev.strata.test.TestDatabase;
import dev.strata.test.TestEnvironment;
import java.util.List;
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
        assertThat(Inspection.read(database, GrantInspector::read, "public")).containsExactly(
                new Grant(NOTES, "public", "SELECT", false),
                new Grant(NOTES, "strata_test_reader", "SELECT", false),
                new Grant(NOTES, "strata_test_writer", "INSERT", true),
                new Grant(NOTES, "strata_test_writer", "UPDATE", true));
    }

    @Test
    void renderedDropsAndCreatesGiveBackTheSamePoliciesAndGrants(TestDatabase database) {
        Inspection.assertDropsAndCreatesRoundTrip(database, PolicyInspector::read, UnaryOperator.identity(),
                policy -> ChangeRenderer.render(new DropPolicy(policy)),
                policy -> ChangeRenderer.render(new CreatePolicy(policy)), "public");
        Inspection.assertDropsAndCreatesRoundTrip(database, GrantInspector::read, UnaryOperator.identity(),
                grant -> ChangeRenderer.render(new RevokePrivilege(grant)),
                grant -> ChangeRenderer.render(new GrantPrivilege(grant)), "public");
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
