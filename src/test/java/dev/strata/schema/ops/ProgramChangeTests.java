package dev.strata.schema.ops;

import static dev.strata.schema.ProgramFixtures.function;
import static dev.strata.schema.ProgramFixtures.materialized;
import static dev.strata.schema.ProgramFixtures.procedure;
import static dev.strata.schema.ProgramFixtures.trigger;
import static dev.strata.schema.ProgramFixtures.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Routine;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import dev.strata.schema.ops.ProgramChange.DropView;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramChangeTests {

    private final View view = view("active_users", "SELECT users.id FROM public.users", "users");
    private final Routine function = function("add", "a integer, b integer", "integer", "SELECT a + b");
    private final Trigger trigger = trigger("users", "touch_users", "BEFORE UPDATE");

    @Test
    void createAndDropOfAViewReverseEachOther() {
        assertThat(new CreateView(view).reverse()).isEqualTo(new DropView(view));
        assertThat(new DropView(view).reverse()).isEqualTo(new CreateView(view));
    }

    @Test
    void createAndDropOfARoutineReverseEachOther() {
        Routine procedure = procedure("purge", "IN days integer", "BEGIN END");
        assertThat(new CreateRoutine(function).reverse()).isEqualTo(new DropRoutine(function));
        assertThat(new DropRoutine(procedure).reverse()).isEqualTo(new CreateRoutine(procedure));
    }

    @Test
    void replacingARoutineReversesToTheOldDefinition() {
        Routine changed = function("add", "a integer, b integer", "integer", "SELECT b + a");
        assertThat(new ReplaceRoutine(function, changed).reverse()).isEqualTo(new ReplaceRoutine(changed, function));
    }

    @Test
    void createAndDropOfATriggerReverseEachOther() {
        assertThat(new CreateTrigger(trigger).reverse()).isEqualTo(new DropTrigger(trigger));
        assertThat(new DropTrigger(trigger).reverse()).isEqualTo(new CreateTrigger(trigger));
    }

    @Test
    void everyChangeReversedTwiceIsItself() {
        List<ProgramChange> changes = List.of(new CreateView(view), new DropView(view), new CreateRoutine(function),
                new DropRoutine(function), new ReplaceRoutine(function, function("add", "a integer, b integer",
                        "integer", "SELECT 0")), new CreateTrigger(trigger), new DropTrigger(trigger));
        for (ProgramChange change : changes) {
            assertThat(change.reverse().reverse()).isEqualTo(change);
        }
    }

    @Test
    void onlyDroppingAMaterializedViewLosesData() {
        View stored = materialized("totals", "SELECT count(*) AS count FROM public.users", "users");
        assertThat(new DropView(stored).destructive()).isTrue();
        assertThat(new DropView(view).destructive()).isFalse();
        assertThat(new DropRoutine(function).destructive()).isFalse();
        assertThat(new DropTrigger(trigger).destructive()).isFalse();
        assertThat(new DropView(stored).describe()).isEqualTo("drop materialized view public.totals");
    }
}
