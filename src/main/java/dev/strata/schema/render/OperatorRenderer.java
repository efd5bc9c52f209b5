package dev.strata.schema.render;

import dev.strata.schema.model.Operator;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.OperatorChange;
import java.util.ArrayList;
import java.util.List;

/** Operators, a created one with its comment. */
final class OperatorRenderer {

    private OperatorRenderer() {
    }

    static List<String> render(OperatorChange change) {
        return switch (change) {
            case OperatorChange.CreateOperator c -> create(c.operator());
            case OperatorChange.DropOperator c -> List.of("DROP OPERATOR " + c.operator().sqlSignature());
        };
    }

    /** Operators named as commutator or negator that do not exist yet are made as shells, which this fills. */
    private static List<String> create(Operator operator) {
        List<String> clauses = new ArrayList<>();
        clauses.add("FUNCTION = " + Sql.name(operator.function()));
        if (operator.left() != null) {
            clauses.add("LEFTARG = " + operator.left());
        }
        clauses.add("RIGHTARG = " + operator.right());
        if (operator.commutator() != null) {
            clauses.add("COMMUTATOR = OPERATOR(" + operator.commutator() + ")");
        }
        if (operator.negator() != null) {
            clauses.add("NEGATOR = OPERATOR(" + operator.negator() + ")");
        }
        if (operator.restrict() != null) {
            clauses.add("RESTRICT = " + operator.restrict());
        }
        if (operator.join() != null) {
            clauses.add("JOIN = " + operator.join());
        }
        if (operator.hashes()) {
            clauses.add("HASHES");
        }
        if (operator.merges()) {
            clauses.add("MERGES");
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE OPERATOR " + operator.sqlName() + " (\n    " + String.join(",\n    ", clauses) + "\n)");
        if (operator.comment() != null) {
            statements.add("COMMENT ON OPERATOR " + operator.sqlSignature() + " IS " + Sql.literal(operator.comment()));
        }
        return statements;
    }
}
