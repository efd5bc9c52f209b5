package dev.strata.schema.model;

import org.jspecify.annotations.Nullable;

/**
 * One entry of ALTER DEFAULT PRIVILEGES (pg_default_acl): what objects {@code role} creates get.
 *
 * @param role the creating role (FOR ROLE)
 * @param schema IN SCHEMA, null for the role's defaults in every schema
 * @param objects TABLES, SEQUENCES, FUNCTIONS, TYPES or SCHEMAS
 * @param grantee the role that receives it, {@code public} for PUBLIC
 * @param revoked false: granted on top of PostgreSQL's built-in defaults; true: one of the built-in
 *     defaults (the owner's own privileges, EXECUTE on functions and USAGE on types to PUBLIC)
 *     revoked, which only a default for every schema can do
 */
public record DefaultPrivilege(String role, @Nullable String schema, String objects, String grantee,
        String privilege, boolean grantable, boolean revoked) implements Comparable<DefaultPrivilege> {

    @Override
    public int compareTo(DefaultPrivilege other) {
        return toString().compareTo(other.toString());
    }
}
