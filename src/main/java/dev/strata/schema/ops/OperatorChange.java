package dev.strata.schema.ops;

import dev.strata.schema.model.Operator;

/** User-defined operators: created and dropped whole (ALTER OPERATOR cannot change most of one on PostgreSQL 15). */
public sealed interface OperatorChange extends Change {

    /** CREATE OPERATOR, then its comment. */
    record CreateOperator(Operator operator) implements OperatorChange {
        public Change reverse() { return new DropOperator(operator); }
        public String describe() { return "create operator " + operator.signature(); }
    }

    /** DROP OPERATOR. */
    record DropOperator(Operator operator) implements OperatorChange {
        public Change reverse() { return new CreateOperator(operator); }
        public String describe() { return "drop operator " + operator.signature(); }
    }
}
