package dev.strata.schema.diff;

import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.EventTriggerChange.AlterEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.CreateEventTrigger;
import dev.strata.schema.ops.EventTriggerChange.DropEventTrigger;
import dev.strata.schema.ops.SetComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares event triggers by name. Only the state and the comment change in place; another event,
 * other tags or another function drop and create the trigger, and so does a function that is
 * dropped and created again (PostgreSQL refuses to drop a function an event trigger runs).
 */
final class EventTriggerDiffer {

    private EventTriggerDiffer() {
    }

    /** @param changes the other differs' changes, to see which routines they drop */
    static List<Change> diff(SchemaModel from, SchemaModel to, List<Change> changes) {
        Set<String> droppedRoutines = Dropped.routines(changes);
        Matching<EventTrigger> triggers = Matching.byKey(from.eventTriggers().values(), to.eventTriggers().values(),
                EventTrigger::name);
        List<Change> result = new ArrayList<>(triggers.recreating(
                (a, b) -> !a.sameDefinition(b) || droppedRoutines.contains(a.functionSignature()),
                DropEventTrigger::new, CreateEventTrigger::new));
        for (Matching.Both<EventTrigger> both : triggers.kept()) {
            EventTrigger a = both.from();
            EventTrigger b = both.to();
            if (a.sameDefinition(b) && !droppedRoutines.contains(a.functionSignature())) {
                if (!a.state().equals(b.state())) {
                    result.add(new AlterEventTrigger(b.name(), a.state(), b.state()));
                }
                if (!Objects.equals(a.comment(), b.comment())) {
                    result.add(new SetComment("EVENT TRIGGER", Sql.ident(b.name()), a.comment(), b.comment()));
                }
            }
        }
        return result;
    }
}
