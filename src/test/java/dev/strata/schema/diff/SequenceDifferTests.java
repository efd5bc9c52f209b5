package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.sequence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Sequence;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.CreateSequence;
import dev.strata.schema.ops.TypeChange.DropSequence;
import org.junit.jupiter.api.Test;

class SequenceDifferTests {

    private final Sequence counter = sequence("counter");

    @Test
    void createsAndDropsSequencesOnlyOneSideHas() {
        assertThat(SequenceDiffer.diff(model().build(), model().with(counter).build()))
                .containsExactly(new CreateSequence(counter));
        assertThat(SequenceDiffer.diff(model().with(counter).build(), model().build()))
                .containsExactly(new DropSequence(counter));
    }

    @Test
    void altersASequenceWhoseParametersChange() {
        Sequence cycling = new Sequence(name("counter"), "integer", 10, 2, 10, 1000, 5, true, null);

        assertThat(SequenceDiffer.diff(model().with(counter).build(), model().with(cycling).build()))
                .containsExactly(new AlterSequence(counter, cycling));
    }

    @Test
    void ignoresWhichColumnOwnsASequence() {
        Sequence owned = new Sequence(name("counter"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "public.t.n");

        assertThat(SequenceDiffer.diff(model().with(counter).build(), model().with(owned).build())).isEmpty();
    }
}
