package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A domain: a base type with a default, NOT NULL and named CHECK constraints.
 *
 * @param baseType the base type as format_type prints it, e.g. {@code character varying(20)}
 * @param defaultExpression the default as pg_get_expr prints it, else null
 * @param collation the collation when it differs from the base type's, else null
 * @param checks the CHECK constraints, sorted by name
 */
public record Domain(QualifiedName name, String baseType, @Nullable String defaultExpression, boolean notNull,
        @Nullable String collation, List<Check> checks, @Nullable String comment) {

    /**
     * One CHECK constraint of a domain.
     *
     * @param definition pg_get_constraintdef text, e.g. {@code CHECK ((VALUE > 0))}
     */
    public record Check(String name, String definition) {
    }

    public Domain {
        checks = List.copyOf(checks);
    }
}
