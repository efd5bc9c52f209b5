package dev.strata.schema.diff;

import static dev.strata.schema.ProgramFixtures.column;
import static dev.strata.schema.ProgramFixtures.table;
import static dev.strata.schema.ProgramFixtures.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerDifferTests {

    private final Trigger touch = trigger("users", "touch", "BEFORE UPDATE");
    private final Trigger audit = trigger("users", "audit", "AFTER INSERT");

    private static Table users(Trigger... triggers) {
        return table("users", List.of(triggers), List.of(), List.of());
    }

    @Test
    void equalTriggersGiveNoChanges() {
        assertThat(TriggerDiffer.diff(List.of(new TablePair(users(touch, audit), users(audit, touch))))).isEmpty();
    }

    @Test
    void createsAddedTriggersAndDropsRemovedOnes() {
        assertThat(TriggerDiffer.diff(List.of(new TablePair(users(touch), users(audit)))))
                .containsExactly(new DropTrigger(touch), new CreateTrigger(audit));
    }

    @Test
    void dropsAndCreatesATriggerWhoseDefinitionChanges() {
        Trigger changed = trigger("users", "touch", "BEFORE INSERT OR UPDATE");
        assertThat(TriggerDiffer.diff(List.of(new TablePair(users(touch), users(changed)))))
                .containsExactly(new DropTrigger(touch), new CreateTrigger(changed));
    }

    @Test
    void createsTheTriggersOfACreatedTableAndDropsThoseOfADroppedOne() {
        assertThat(TriggerDiffer.diff(List.of(new TablePair(null, users(touch)))))
                .containsExactly(new CreateTrigger(touch));
        assertThat(TriggerDiffer.diff(List.of(new TablePair(users(touch), null))))
                .containsExactly(new DropTrigger(touch));
    }

    @Test
    void leavesTheTriggersOfARenamedTableAlone() {
        Trigger onMembers = trigger("members", "touch", "BEFORE UPDATE");
        Table members = table("members", List.of(onMembers), List.of(), List.of());
        assertThat(TriggerDiffer.diff(List.of(new TablePair(users(touch), members)))).isEmpty();
    }

    @Test
    void dropsAndCreatesTheTriggersOfATableWhoseColumnChangesType() {
        Table before = table("users", List.of(column("id", "integer")), List.of(touch), List.of(), List.of(), false,
                false);
        Table after = table("users", List.of(column("id", "bigint")), List.of(touch), List.of(), List.of(), false,
                false);
        assertThat(TriggerDiffer.diff(List.of(new TablePair(before, after))))
                .containsExactly(new DropTrigger(touch), new CreateTrigger(touch));
    }
}
