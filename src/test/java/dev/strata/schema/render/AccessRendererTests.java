package dev.strata.schema.render;

import static dev.strata.schema.ProgramFixtures.grant;
import static dev.strata.schema.ProgramFixtures.name;
import static dev.strata.schema.ProgramFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Policy;
import dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RestoreCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokeCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRendererTests {

    private final Policy own = policy("notes", "own", "UPDATE", "(owner = auth.uid())", "(owner IS NOT NULL)",
            "authenticated", "Editors");

    @Test
    void switchesOnlyTheRowLevelSecurityFlagsThatChange() {
        assertThat(AccessRenderer.render(new AlterRowSecurity(name("notes"), false, false, true, true))).containsExactly(
                "ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY", "ALTER TABLE public.notes FORCE ROW LEVEL SECURITY");
        assertThat(AccessRenderer.render(new AlterRowSecurity(name("notes"), true, true, true, false)))
                .containsExactly("ALTER TABLE public.notes NO FORCE ROW LEVEL SECURITY");
        assertThat(AccessRenderer.render(new AlterRowSecurity(name("notes"), true, false, false, false)))
                .containsExactly("ALTER TABLE public.notes DISABLE ROW LEVEL SECURITY");
    }

    @Test
    void createsAPolicyWithItsKindCommandRolesAndBothExpressions() {
        assertThat(AccessRenderer.render(new CreatePolicy(own))).containsExactly("CREATE POLICY own ON public.notes"
                + " AS PERMISSIVE FOR UPDATE TO authenticated, \"Editors\" USING ((owner = auth.uid()))"
                + " WITH CHECK ((owner IS NOT NULL))");
    }

    @Test
    void createsARestrictivePolicyForEveryoneWithOneExpression() {
        Policy restrictive = new Policy(name("notes"), "Visible", false, "SELECT", List.of("public"), "true",
                null);
        assertThat(AccessRenderer.render(new CreatePolicy(restrictive))).containsExactly(
                "CREATE POLICY \"Visible\" ON public.notes AS RESTRICTIVE FOR SELECT TO PUBLIC USING (true)");
    }

    @Test
    void altersAPolicyToItsNewRolesAndExpressionsOnItsTargetTable() {
        Policy renamedTable = policy("memos", "own", "UPDATE", "true", "(owner IS NOT NULL)", "anon");
        assertThat(AccessRenderer.render(new AlterPolicy(own, renamedTable))).containsExactly(
                "ALTER POLICY own ON public.memos TO anon USING (true) WITH CHECK ((owner IS NOT NULL))");
    }

    @Test
    void dropsAPolicyOnItsTable() {
        assertThat(AccessRenderer.render(new DropPolicy(own))).containsExactly("DROP POLICY own ON public.notes");
    }

    @Test
    void grantsAndRevokesPrivilegesForRolesAndPublic() {
        Grant grantable = new Grant(name("notes"), "Auditor", "REFERENCES", true);
        assertThat(AccessRenderer.render(new GrantPrivilege(grant("notes", "reader", "SELECT"))))
                .containsExactly("GRANT SELECT ON public.notes TO reader");
        assertThat(AccessRenderer.render(new GrantPrivilege(grantable)))
                .containsExactly("GRANT REFERENCES ON public.notes TO \"Auditor\" WITH GRANT OPTION");
        assertThat(AccessRenderer.render(new RevokePrivilege(grant("notes", "public", "INSERT"))))
                .containsExactly("REVOKE INSERT ON public.notes FROM PUBLIC");
    }

    @Test
    void namesEachKindOfObjectAsGrantDoes() {
        QualifiedName users = name("users");
        assertThat(AccessRenderer.render(new GrantPrivilege(new Grant(Securable.column(users, "E-mail"), "reader",
                "SELECT", false)))).containsExactly("GRANT SELECT (\"E-mail\") ON public.users TO reader");
        assertThat(AccessRenderer.render(new RevokePrivilege(new Grant(new Securable(Securable.Kind.FUNCTION,
                name("f"), "a integer, b text"), "public", "EXECUTE", false))))
                .containsExactly("REVOKE EXECUTE ON FUNCTION public.f(a integer, b text) FROM PUBLIC");
        assertThat(AccessRenderer.render(new RevokeCreationGrant(new Grant(new Securable(Securable.Kind.SEQUENCE,
                name("s"), null), "anon", "USAGE", false))))
                .containsExactly("REVOKE USAGE ON SEQUENCE public.s FROM anon");
        assertThat(AccessRenderer.render(new GrantPrivilege(new Grant(Securable.schema("App"), "reader", "USAGE",
                true)))).containsExactly("GRANT USAGE ON SCHEMA \"App\" TO reader WITH GRANT OPTION");
        assertThat(AccessRenderer.render(new RestoreCreationGrant(grant("notes", "anon", "SELECT")))).isEmpty();
    }

    @Test
    void altersDefaultPrivilegesBothWays() {
        DefaultPrivilege granted = new DefaultPrivilege("postgres", "public", "TABLES", "anon", "SELECT", true, false);
        DefaultPrivilege revoked = new DefaultPrivilege("postgres", null, "FUNCTIONS", "public", "EXECUTE", false, true);
        assertThat(AccessRenderer.render(new AlterDefaultPrivilege(granted, true))).containsExactly(
                "ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT SELECT ON TABLES TO anon WITH GRANT OPTION");
        assertThat(AccessRenderer.render(new AlterDefaultPrivilege(granted, false))).containsExactly(
                "ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public REVOKE SELECT ON TABLES FROM anon");
        assertThat(AccessRenderer.render(new AlterDefaultPrivilege(revoked, true))).containsExactly(
                "ALTER DEFAULT PRIVILEGES FOR ROLE postgres REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC");
        assertThat(AccessRenderer.render(new AlterDefaultPrivilege(revoked, false))).containsExactly(
                "ALTER DEFAULT PRIVILEGES FOR ROLE postgres GRANT EXECUTE ON FUNCTIONS TO PUBLIC");
    }
}
