package dev.strata.schema.diff;

import dev.strata.schema.model.Operator;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.OperatorChange.CreateOperator;
import dev.strata.schema.ops.OperatorChange.DropOperator;
import dev.strata.schema.ops.SetComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares operators by signature. Anything but the comment drops and creates the operator
 * (PostgreSQL 15's ALTER OPERATOR sets only the estimators); so does a function it calls that is
 * dropped and created again, which PostgreSQL refuses to drop under it.
 */
final class OperatorDiffer {

    private OperatorDiffer() {
    }

    /** @param changes the other differs' changes, to see which routines they drop */
    static List<Change> diff(SchemaModel from, SchemaModel to, List<Change> changes) {
        Set<String> droppedRoutines = Dropped.routines(changes);
        Matching<Operator> operators = Matching.byKey(from.operators().values(), to.operators().values(),
                Operator::signature);
        List<Change> result = new ArrayList<>(operators.recreating(
                (a, b) -> !a.sameDefinition(b) || droppedRoutines.contains(a.functionSignature()),
                DropOperator::new, CreateOperator::new));
        for (Matching.Both<Operator> both : operators.kept()) {
            Operator a = both.from();
            Operator b = both.to();
            if (a.sameDefinition(b) && !droppedRoutines.contains(a.functionSignature())
                    && !Objects.equals(a.comment(), b.comment())) {
                result.add(new SetComment("OPERATOR", b.sqlSignature(), a.comment(),
                        b.comment()));
            }
        }
        return result;
    }
}
