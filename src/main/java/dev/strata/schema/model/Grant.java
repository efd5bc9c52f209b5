package dev.strata.schema.model;

/**
 * One privilege on an object granted to a role (the owner's implicit rights excluded).
 *
 * @param object what it is granted on
 * @param grantee the role, {@code public} for PUBLIC
 * @param privilege e.g. {@code SELECT}, {@code EXECUTE}, {@code USAGE}
 * @param grantable whether it was granted WITH GRANT OPTION
 */
public record Grant(Securable object, String grantee, String privilege, boolean grantable) {

    /** A privilege on a table (or view). */
    public Grant(QualifiedName table, String grantee, String privilege, boolean grantable) {
        this(Securable.table(table), grantee, privilege, grantable);
    }

    /** The table (or other relation) it is on; for other objects their qualified name. */
    public QualifiedName table() {
        return object.name();
    }
}
