package dev.strata.schema.render;

import dev.strata.schema.model.EventTrigger;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.EventTriggerChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Event triggers; a created one gets its state and comment in the same change. */
final class EventTriggerRenderer {

    private EventTriggerRenderer() {
    }

    static List<String> render(EventTriggerChange change) {
        return switch (change) {
            case EventTriggerChange.CreateEventTrigger c -> create(c.trigger());
            case EventTriggerChange.DropEventTrigger c -> List.of("DROP EVENT TRIGGER " + Sql.ident(c.trigger().name()));
            case EventTriggerChange.AlterEventTrigger c -> List.of(alter(c.name(), c.to()));
        };
    }

    private static List<String> create(EventTrigger trigger) {
        StringBuilder create = new StringBuilder("CREATE EVENT TRIGGER ").append(Sql.ident(trigger.name()))
                .append(" ON ").append(Sql.ident(trigger.event()));
        if (!trigger.tags().isEmpty()) {
            create.append(" WHEN TAG IN (")
                    .append(trigger.tags().stream().map(Sql::literal).collect(Collectors.joining(", "))).append(')');
        }
        create.append(" EXECUTE FUNCTION ").append(Sql.name(trigger.function())).append("()");
        List<String> statements = new ArrayList<>(List.of(create.toString()));
        if (!trigger.state().equals(EventTrigger.ENABLED)) {
            statements.add(alter(trigger.name(), trigger.state()));
        }
        if (trigger.comment() != null) {
            statements.add("COMMENT ON EVENT TRIGGER " + Sql.ident(trigger.name()) + " IS "
                    + Sql.literal(trigger.comment()));
        }
        return statements;
    }

    private static String alter(String name, String state) {
        return "ALTER EVENT TRIGGER " + Sql.ident(name) + " " + state;
    }
}
