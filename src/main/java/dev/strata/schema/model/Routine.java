package dev.strata.schema.model;

/**
 * A function or procedure.
 *
 * @param arguments pg_get_function_identity_arguments text, part of the key
 * @param result pg_get_function_result text (changing it needs a drop and create)
 * @param definition pg_get_functiondef text: a complete CREATE OR REPLACE statement
 */
public record Routine(QualifiedName name, String arguments, boolean procedure, String result,
        String definition) {

    /** The key PostgreSQL uses: name plus argument types. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
