package dev.strata.schema.model;

/**
 * A function or procedure.
 *
 * @param arguments pg_get_function_identity_arguments text, part of the key
 * @param result pg_get_function_result text (changing it needs a drop and create)
 * @param definition pg_get_functiondef text: a complete CREATE OR REPLACE statement
 * @param usesTables whether creating it needs tables to exist already: a table's row type is
 *     among its arguments or its result, or its body is SQL-standard ({@code BEGIN ATOMIC} or
 *     {@code RETURN}), which PostgreSQL parses and binds when the routine is created, whatever
 *     {@code check_function_bodies} says, and reads a table, view or sequence or calls a routine
 *     that uses tables
 */
public record Routine(QualifiedName name, String arguments, boolean procedure, String result,
        String definition, boolean usesTables) {

    /** The key PostgreSQL uses: name plus argument types. */
    public String signature() {
        return name + "(" + arguments + ")";
    }

    /**
     * What makes two functions the same one to PostgreSQL: the signature without OUT parameters,
     * which a function's identity leaves out (a procedure's keeps them), so that one whose OUT
     * parameters change is dropped before it is created again.
     */
    public String identity() {
        if (procedure) {
            return signature();
        }
        return name + "(" + java.util.Arrays.stream(arguments.split(", "))
                .filter(argument -> !argument.startsWith("OUT ")).collect(java.util.stream.Collectors.joining(", "))
                + ")";
    }
}
