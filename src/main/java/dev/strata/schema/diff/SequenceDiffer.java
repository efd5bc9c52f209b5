package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropSequence;
import java.util.List;

/** Standalone sequences; which column owns one is not compared. */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    static List<Change> diff(SchemaModel from, SchemaModel to) {
        return Keyed.<QualifiedName, Sequence, Change>compare(from.sequences(), to.sequences(), (a, b) -> {
            if (a == null) {
                return List.of(new CreateSequence(b));
            }
            if (b == null) {
                return List.of(new DropSequence(a));
            }
            return parameters(a).equals(parameters(b)) ? List.of() : List.of(new AlterSequence(a, b));
        });
    }

    private static Sequence parameters(Sequence s) {
        return new Sequence(s.name(), s.dataType(), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(),
                s.cycle(), null);
    }
}
