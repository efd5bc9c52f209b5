package dev.strata.schema.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user-defined operator ({@code CREATE OPERATOR}). Types and function names are as PostgreSQL
 * prints them with an empty search path: schema-qualified unless in {@code pg_catalog}.
 *
 * @param name its schema and its symbol (never quoted: an operator's name is not an identifier)
 * @param left the left operand's type, null for a prefix operator
 * @param right the right operand's type
 * @param function the function it calls, whose key is {@code function(functionArguments)}
 * @param commutator {@code schema.symbol} of its commutator, null when it has none
 * @param negator {@code schema.symbol} of its negator, null when it has none
 * @param restrict its restriction selectivity estimator, null when it has none
 * @param join its join selectivity estimator, null when it has none
 * @param usesTables whether creating it needs tables to exist: a table's row type is an operand
 *     or the result, or its function needs them ({@link Routine#usesTables()})
 */
public record Operator(QualifiedName name, @Nullable String left, String right, QualifiedName function,
        String functionArguments, @Nullable String commutator, @Nullable String negator, @Nullable String restrict,
        @Nullable String join, boolean hashes, boolean merges, boolean usesTables, @Nullable String comment) {

    /** The key PostgreSQL uses: name plus operand types, as {@code DROP OPERATOR} names it. */
    public String signature() {
        return name + "(" + Objects.requireNonNullElse(left, "NONE") + ", " + right + ")";
    }

    /** The signature of its function, as {@link Routine#signature()} spells it. */
    public String functionSignature() {
        return function + "(" + functionArguments + ")";
    }

    /** {@code schema.symbol}, the schema quoted when it must be, as CREATE and DROP OPERATOR take it. */
    public String sqlName() {
        return Sql.ident(name.schema()) + "." + name.name();
    }

    /** {@code schema.symbol (left, right)}, as DROP and COMMENT ON OPERATOR name it. */
    public String sqlSignature() {
        return sqlName() + " (" + Objects.requireNonNullElse(left, "NONE") + ", " + right + ")";
    }

    /** The same operator, whatever its comment. */
    public boolean sameDefinition(Operator other) {
        return withoutComment().equals(other.withoutComment());
    }

    private Operator withoutComment() {
        return new Operator(name, left, right, function, functionArguments, commutator, negator, restrict, join,
                hashes, merges, usesTables, null);
    }
}
