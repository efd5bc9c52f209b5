package dev.strata.schema.diff;

import static dev.strata.schema.DatabaseObjects.eventTrigger;
import static dev.strata.schema.DatabaseObjects.function;
import static dev.strata.schema.DatabaseObjects.model;
import static dev.strata.schema.Schemas.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.EventTriggerChange.AlterEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.CreateEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.DropEventTrigger;
import dev.strata.schema.ops.ProgramChange.DropRoutine;
import dev.strata.schema.ops.SetComment;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTriggerDifferTests {

    private final EventTrigger watch = eventTrigger("watch", "note");

    @Test
    void createsAndDropsByName() {
        EventTrigger other = eventTrigger("other", "note");

        assertThat(EventTriggerDiffer.diff(of(watch), of(other), List.of()))
                .containsExactly(new DropEventTrigger(watch), new CreateEventTrigger(other));
        assertThat(EventTriggerDiffer.diff(of(watch), of(watch), List.of())).isEmpty();
    }

    @Test
    void recreatesATriggerOnAnotherEventTagsOrFunction() {
        EventTrigger event = new EventTrigger("watch", "sql_drop", List.of(), name("note"), "ENABLE", null);
        EventTrigger tags = new EventTrigger("watch", "ddl_command_end", List.of("CREATE TABLE"), name("note"), "ENABLE",
                null);
        EventTrigger function = eventTrigger("watch", "other");

        for (EventTrigger changed : List.of(event, tags, function)) {
            assertThat(EventTriggerDiffer.diff(of(watch), of(changed), List.of()))
                    .containsExactly(new DropEventTrigger(watch), new CreateEventTrigger(changed));
        }
    }

    @Test
    void switchesTheStateAndCommentInPlace() {
        EventTrigger disabled = new EventTrigger("watch", "ddl_command_end", List.of(), name("note"), "DISABLE", "off");

        assertThat(EventTriggerDiffer.diff(of(watch), of(disabled), List.of())).containsExactly(
                new AlterEventTrigger("watch", "ENABLE", "DISABLE"), new SetComment("EVENT TRIGGER", "watch", null, "off"));
    }

    @Test
    void recreatesATriggerWhoseFunctionIsDroppedAndCreatedAgain() {
        List<Change> changes = List.of(new DropRoutine(function("note", "")));

        assertThat(EventTriggerDiffer.diff(of(watch), of(watch), changes))
                .containsExactly(new DropEventTrigger(watch), new CreateEventTrigger(watch));
    }

    private static SchemaModel of(EventTrigger trigger) {
        return model(List.of(), List.of(), List.of(trigger), List.of(), List.of());
    }
}
