package dev.strata.schema.ops;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;

/** Row-level security, policies and grants. */
public sealed interface AccessChange extends Change {

    /** ENABLE/DISABLE and FORCE/NO FORCE ROW LEVEL SECURITY. */
    record AlterRowSecurity(QualifiedName table, boolean fromEnabled, boolean fromForced, boolean toEnabled,
            boolean toForced) implements AccessChange {
        public Change reverse() { return new AlterRowSecurity(table, toEnabled, toForced, fromEnabled, fromForced); }
        public String describe() { return "row level security on " + table + (toEnabled ? " enabled" : " disabled")
                + (toForced ? ", forced" : ""); }
    }

    /** CREATE POLICY. */
    record CreatePolicy(Policy policy) implements AccessChange {
        public Change reverse() { return new DropPolicy(policy); }
        public String describe() { return "create policy " + policy.name() + " on " + policy.table(); }
    }

    /** DROP POLICY. */
    record DropPolicy(Policy policy) implements AccessChange {
        public Change reverse() { return new CreatePolicy(policy); }
        public String describe() { return "drop policy " + policy.name() + " on " + policy.table(); }
    }

    /** ALTER POLICY: only its roles or expressions change. */
    record AlterPolicy(Policy from, Policy to) implements AccessChange {
        public Change reverse() { return new AlterPolicy(to, from); }
        public String describe() { return "alter policy " + to.name() + " on " + to.table(); }
    }

    /** GRANT a privilege on a table. */
    record GrantPrivilege(Grant grant) implements AccessChange {
        public Change reverse() { return new RevokePrivilege(grant); }
        public String describe() { return "grant " + grant.privilege() + " on " + grant.table() + " to " + grant.grantee(); }
    }

    /** REVOKE a privilege on a table. */
    record RevokePrivilege(Grant grant) implements AccessChange {
        public Change reverse() { return new GrantPrivilege(grant); }
        public String describe() { return "revoke " + grant.privilege() + " on " + grant.table() + " from " + grant.grantee(); }
    }
}
