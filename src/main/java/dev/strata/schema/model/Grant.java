package dev.strata.schema.model;

/** One privilege on a table or view granted to a role (the owner's implicit rights excluded). */
public record Grant(QualifiedName table, String grantee, String privilege, boolean grantable) {
}
