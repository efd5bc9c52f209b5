package dev.strata.schema.model;

import org.jspecify.annotations.Nullable;

/**
 * A table column. Types and expressions are PostgreSQL's own canonical text (format_type,
 * pg_get_expr) read with an empty search_path, so both sides of a diff use one vocabulary.
 *
 * @param name column name
 * @param type the type, e.g. {@code character varying(20)}, {@code public.mood}; for a serial
 *     column {@code serial}, {@code bigserial} or {@code smallserial} (its sequence is implied)
 * @param notNull whether NOT NULL is set
 * @param defaultExpression the default, null when none (and for serial and generated columns)
 * @param identity {@link Identity#NONE}, or how the identity is generated
 * @param generated the expression of a stored generated column, else null
 * @param collation the collation when it differs from the type's default, else null
 * @param comment the column comment, else null
 * @param identityOptions an identity column's sequence options; null for other columns, and
 *     where they are not known (an identity with them is then one with the defaults)
 */
public record Column(
        String name,
        String type,
        boolean notNull,
        @Nullable String defaultExpression,
        Identity identity,
        @Nullable String generated,
        @Nullable String collation,
        @Nullable String comment,
        @Nullable IdentityOptions identityOptions) {

    /** A column whose identity, if any, has its sequence's default options. */
    public Column(String name, String type, boolean notNull, @Nullable String defaultExpression, Identity identity,
            @Nullable String generated, @Nullable String collation, @Nullable String comment) {
        this(name, type, notNull, defaultExpression, identity, generated, collation, comment, null);
    }

    /** The identity kind of a column. */
    public enum Identity {
        NONE, ALWAYS, BY_DEFAULT
    }

    public Column withName(String newName) {
        return new Column(newName, type, notNull, defaultExpression, identity, generated, collation, comment,
                identityOptions);
    }

    /** The same column with this default (null: none). */
    public Column withDefault(@Nullable String expression) {
        return new Column(name, type, notNull, expression, identity, generated, collation, comment, identityOptions);
    }

    /** The same column with this generation expression (null: an ordinary column). */
    public Column withGenerated(@Nullable String expression) {
        return new Column(name, type, notNull, defaultExpression, identity, expression, collation, comment,
                identityOptions);
    }

    /** The identity's sequence options: those read, else the defaults for the column's type. */
    public IdentityOptions identityOptionsOrDefaults() {
        return identityOptions != null ? identityOptions : IdentityOptions.defaults(type);
    }
}
