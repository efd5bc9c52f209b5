package dev.strata.schema.diff;

import static dev.strata.schema.Schemas.column;
import static dev.strata.schema.Schemas.model;
import static dev.strata.schema.Schemas.name;
import static dev.strata.schema.Schemas.sequence;
import static dev.strata.schema.Schemas.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.ModelBuilder;
import dev.strata.schema.model.Sequence;
import dev.strata.schema.ops.TypeChange.AlterSequence;
import dev.strata.schema.ops.TypeChange.AlterSequenceOwner;
import dev.strata.schema.ops.TypeChange.ColumnRef;
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
    void letsGoOfASequenceBeforeItsOwnerGoesAndGivesItToItsNewOwnerAfterwards() {
        Sequence ownedByOld = new Sequence(name("counter"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "public.t.old");
        Sequence ownedByNew = new Sequence(name("counter"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "public.t.n");
        ColumnRef old = new ColumnRef(name("t"), "old");
        ColumnRef n = new ColumnRef(name("t"), "n");
        ModelBuilder before = model().with(table("public.t").with(column("old", "bigint"))).with(ownedByOld);
        ModelBuilder after = model().with(table("public.t").with(column("n", "bigint"))).with(ownedByNew);

        assertThat(SequenceDiffer.diff(before.build(), after.build()))
                .containsExactly(new AlterSequenceOwner(name("counter"), old, null),
                        new AlterSequenceOwner(name("counter"), null, n));
        assertThat(SequenceDiffer.diff(before.build(), model().with(table("public.t").with(column("old", "bigint")))
                .with(counter).build())).containsExactly(new AlterSequenceOwner(name("counter"), old, null));
    }

    @Test
    void leavesAnOwnerTheModelDoesNotHoldAsItIs() {
        Sequence owned = new Sequence(name("counter"), "bigint", 1, 1, 1, Long.MAX_VALUE, 1, false, "public.t.n");

        assertThat(SequenceDiffer.diff(model().with(counter).build(), model().with(owned).build())).isEmpty();
    }
}
