package dev.strata.schema.ops;

import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;

/** Row-level security, policies, privileges and default privileges. */
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

    /** GRANT a privilege on an object (a table, column, view, sequence, routine, type or schema). */
    record GrantPrivilege(Grant grant) implements AccessChange {
        public Change reverse() { return new RevokePrivilege(grant); }
        public String describe() { return "grant " + grant.privilege() + " on " + grant.object() + " to " + grant.grantee(); }
    }

    /** REVOKE a privilege on an object. */
    record RevokePrivilege(Grant grant) implements AccessChange {
        public Change reverse() { return new GrantPrivilege(grant); }
        public String describe() { return "revoke " + grant.privilege() + " on " + grant.object() + " from " + grant.grantee(); }
    }

    /**
     * REVOKE, right after an object is created, a privilege that it may have received from
     * default privileges or PostgreSQL's built-in defaults (EXECUTE to PUBLIC) and that the target
     * does not grant. Revoking a privilege the object did not receive changes nothing.
     */
    record RevokeCreationGrant(Grant grant) implements AccessChange {
        public Change reverse() { return new RestoreCreationGrant(grant); }
        public String describe() { return "revoke " + grant.privilege() + " on created " + grant.object() + " from "
                + grant.grantee() + " (given by default privileges)"; }
    }

    /**
     * The reverse of {@link RevokeCreationGrant}: the object is about to be dropped, so whether it
     * holds what its defaults gave it does not matter, and nothing is run.
     */
    record RestoreCreationGrant(Grant grant) implements AccessChange {
        public Change reverse() { return new RevokeCreationGrant(grant); }
        public String describe() { return "leave " + grant.privilege() + " on " + grant.object() + " to "
                + grant.grantee() + " as it is before the drop"; }
    }

    /** ALTER DEFAULT PRIVILEGES: {@code add} puts the entry in place, else it takes it away. */
    record AlterDefaultPrivilege(DefaultPrivilege privilege, boolean add) implements AccessChange {
        public Change reverse() { return new AlterDefaultPrivilege(privilege, !add); }
        public String describe() {
            return (add ? "add" : "remove") + " default privilege " + privilege.privilege() + " on "
                    + privilege.objects().toLowerCase(java.util.Locale.ROOT) + " created by " + privilege.role()
                    + (privilege.schema() == null ? "" : " in " + privilege.schema()) + (privilege.revoked()
                            ? " revoked from " : " for ") + privilege.grantee();
        }
    }
}
