package dev.strata.schema.render;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.AccessChange.GrantPrivilege;
import dev.strata.schema.ops.AccessChange.RevokePrivilege;
import dev.strata.schema.ops.AccessChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders row-level security switches, policies and grants. */
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
            case RevokePrivilege revoke -> List.of("REVOKE " + revoke.grant().privilege() + " ON "
                    + Sql.name(revoke.grant().table()) + " FROM " + role(revoke.grant().grantee()));
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
        return "GRANT " + grant.privilege() + " ON " + Sql.name(grant.table()) + " TO " + role(grant.grantee())
                + (grant.grantable() ? " WITH GRANT OPTION" : "");
    }

    /** {@code public} is the PUBLIC pseudo-role, written as the key word, never quoted. */
    private static String role(String role) {
        return role.equals("public") ? "PUBLIC" : Sql.ident(role);
    }
}
