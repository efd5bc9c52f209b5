package dev.strata.schema.render;

import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.AccessChange.AlterDefaultPrivilege;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RestoreCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokeCreationGrant;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.AccessChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders row-level security switches, policies, privileges and default privileges. */
final class AccessRenderer {

    private AccessRenderer() {
    }

    public static List<String> render(AccessChange change) {
        return switch (change) {
            case AlterRowSecurity alter -> rowSecurity(alter);
            case CreatePolicy create -> List.of(createPolicy(create.policy()));
            case AlterPolicy alter -> List.of("ALTER POLICY " + Sql.ident(alter.to().name()) + " ON "
                    + Sql.name(alter.to().table()) + clauses(alter.to()));
            case DropPolicy drop -> List.of("DROP POLICY " + Sql.ident(drop.policy().name()) + " ON "
                    + Sql.name(drop.policy().table()));
            case GrantPrivilege grant -> List.of(grant(grant.grant()));
            case RevokePrivilege revoke -> List.of(revoke(revoke.grant()));
            case RevokeCreationGrant revoke -> List.of(revoke(revoke.grant()));
            case RestoreCreationGrant restore -> List.of();
            case AlterDefaultPrivilege alter -> List.of(defaultPrivilege(alter));
        };
    }

    /** One statement per switch that flips, since each may be set alone. */
    private static List<String> rowSecurity(AlterRowSecurity alter) {
        String table = "ALTER TABLE " + Sql.name(alter.table());
        List<String> statements = new ArrayList<>(2);
        if (alter.fromEnabled() != alter.toEnabled()) {
            statements.add(table + (alter.toEnabled() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY");
        }
        if (alter.fromForced() != alter.toForced()) {
            statements.add(table + (alter.toForced() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY");
        }
        return statements;
    }

    private static String createPolicy(Policy policy) {
        return "CREATE POLICY " + Sql.ident(policy.name()) + " ON " + Sql.name(policy.table())
                + (policy.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE") + " FOR " + policy.command()
                + clauses(policy);
    }

    /** TO, USING and WITH CHECK: what CREATE POLICY and ALTER POLICY share. */
    private static String clauses(Policy policy) {
        StringBuilder clauses = new StringBuilder(" TO ")
                .append(policy.roles().stream().map(AccessRenderer::role).collect(Collectors.joining(", ")));
        if (policy.using() != null) {
            clauses.append(" USING (").append(policy.using()).append(')');
        }
        if (policy.withCheck() != null) {
            clauses.append(" WITH CHECK (").append(policy.withCheck()).append(')');
        }
        return clauses.toString();
    }

    private static String grant(Grant grant) {
        return "GRANT " + privilegeOn(grant) + " TO " + role(grant.grantee())
                + (grant.grantable() ? " WITH GRANT OPTION" : "");
    }

    private static String revoke(Grant grant) {
        return "REVOKE " + privilegeOn(grant) + " FROM " + role(grant.grantee());
    }

    /**
     * {@code SELECT (email) ON public.users}, {@code EXECUTE ON FUNCTION public.f(integer)}: a
     * table's keyword is left out, as GRANT allows, for tables and views alike.
     */
    private static String privilegeOn(Grant grant) {
        Securable object = grant.object();
        return grant.privilege() + switch (object.kind()) {
            case TABLE -> " ON " + object.target();
            case COLUMN -> " (" + Sql.ident(java.util.Objects.requireNonNull(object.detail())) + ") ON "
                    + object.target();
            default -> " ON " + object.kind().keyword() + " " + object.target();
        };
    }

    /**
     * An entry that grants beyond the built-in defaults is granted to add it and revoked to take it
     * away; one that revokes a built-in default the other way round.
     */
    private static String defaultPrivilege(AlterDefaultPrivilege alter) {
        DefaultPrivilege entry = alter.privilege();
        String scope = "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.ident(entry.role())
                + (entry.schema() == null ? "" : " IN SCHEMA " + Sql.ident(entry.schema()));
        String on = " " + entry.privilege() + " ON " + entry.objects();
        return alter.add() != entry.revoked()
                ? scope + " GRANT" + on + " TO " + role(entry.grantee()) + (entry.grantable() ? " WITH GRANT OPTION" : "")
                : scope + " REVOKE" + on + " FROM " + role(entry.grantee());
    }

    /** {@code public} is the PUBLIC pseudo-role, written as the key word, never quoted. */
    private static String role(String role) {
        return role.equals("public") ? "PUBLIC" : Sql.ident(role);
    }
}
