package dev.strata.schema.diff;

import static dev.strata.schema.DatabaseObjects.function;
import static dev.strata.schema.DatabaseObjects.model;
import static dev.strata.schema.DatabaseObjects.operator;
import static dev.strata.schema.Schemas.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Operator;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.OperatorChange.CreateOperator;
import dev.strata.schema.ops.OperatorChange.DropOperator;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.SetComment;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorDifferTests {

    private final Operator same = operator("===", "same_ci");

    @Test
    void comparesBySymbolAndOperandTypes() {
        Operator onIntegers = new Operator(name("==="), "integer", "integer", name("same_ci"), "integer, integer",
                null, null, null, null, false, false, false, null);

        assertThat(OperatorDiffer.diff(of(same), of(onIntegers), List.of()))
                .containsExactly(new DropOperator(same), new CreateOperator(onIntegers));
        assertThat(OperatorDiffer.diff(of(same), of(same), List.of())).isEmpty();
    }

    @Test
    void recreatesAnOperatorWhoseDefinitionChanges() {
        Operator hashes = new Operator(name("==="), "text", "text", name("same_ci"), "text, text", "public.===", null,
                "eqsel", "eqjoinsel", true, false, false, null);

        assertThat(OperatorDiffer.diff(of(same), of(hashes), List.of()))
                .containsExactly(new DropOperator(same), new CreateOperator(hashes));
    }

    @Test
    void setsOnlyTheCommentWhenThatIsAllThatChanges() {
        Operator commented = new Operator(name("==="), "text", "text", name("same_ci"), "text, text", null, null, null,
                null, false, false, false, "equal, case aside");

        assertThat(OperatorDiffer.diff(of(same), of(commented), List.of()))
                .containsExactly(new SetComment("OPERATOR", "public.=== (text, text)", null, "equal, case aside"));
    }

    @Test
    void recreatesAnOperatorWhoseFunctionIsDroppedAndCreatedAgain() {
        List<Change> changes = List.of(new DropRoutine(function("same_ci", "text, text")));

        assertThat(OperatorDiffer.diff(of(same), of(same), changes))
                .containsExactly(new DropOperator(same), new CreateOperator(same));
    }

    private static SchemaModel of(Operator operator) {
        return model(List.of(), List.of(), List.of(), List.of(operator), List.of());
    }
}
