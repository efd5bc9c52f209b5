package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.function;
import static dev.strata.schema.ProgramFixtures.model;
import static dev.strata.schema.ProgramFixtures.procedure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Routine;
import dev.strata.schema.ops.ProgramChange.CreateRoutine;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.ProgramChange.ReplaceRoutine;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutineDifferTests {

    private final Routine add = function("add", "a integer, b integer", "integer", "SELECT a + b");

    @Test
    void equalRoutinesGiveNoChanges() {
        Routine same = function("add", "a integer, b integer", "integer", "SELECT a + b");
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(same)))).isEmpty();
    }

    @Test
    void createsARoutineOnlyTheTargetHasAndDropsOneOnlyTheSourceHas() {
        Routine purge = procedure("purge", "IN days integer", "BEGIN END");
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(purge))))
                .containsExactly(new DropRoutine(add), new CreateRoutine(purge));
    }

    @Test
    void replacesARoutineWhoseBodyChangesAndResultStays() {
        Routine changed = function("add", "a integer, b integer", "integer", "SELECT b + a");
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(changed))))
                .containsExactly(new ReplaceRoutine(add, changed));
    }

    @Test
    void dropsAndCreatesARoutineWhoseResultTypeChanges() {
        Routine changed = function("add", "a integer, b integer", "bigint", "SELECT a::bigint + b");
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(changed))))
                .containsExactly(new DropRoutine(add), new CreateRoutine(changed));
    }

    @Test
    void dropsAndCreatesARoutineWhoseParameterDefaultGoes() {
        Routine withDefault = new Routine(add.name(), add.arguments(), false, "integer",
                add.definition().replace("b integer)", "b integer DEFAULT 1)"), false);
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(withDefault)), model(List.of(), List.of(add))))
                .containsExactly(new DropRoutine(withDefault), new CreateRoutine(add));
    }

    @Test
    void dropsAndCreatesAFunctionThatBecomesAProcedure() {
        Routine asProcedure = new Routine(add.name(), add.arguments(), true, "", "CREATE OR REPLACE PROCEDURE "
                + "public.add(a integer, b integer)\n LANGUAGE sql\nAS $procedure$SELECT 1$procedure$", false);
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(asProcedure))))
                .containsExactly(new DropRoutine(add), new CreateRoutine(asProcedure));
    }

    @Test
    void treatsARenamedParameterAsAnotherRoutine() {
        Routine renamed = function("add", "x integer, b integer", "integer", "SELECT x + b");
        assertThat(RoutineDiffer.diff(model(List.of(), List.of(add)), model(List.of(), List.of(renamed))))
                .containsExactly(new DropRoutine(add), new CreateRoutine(renamed));
    }
}
