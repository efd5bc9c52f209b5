package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event trigger ({@code CREATE EVENT TRIGGER}). It belongs to the database, not to a schema:
 * the model holds those whose function is in a compared schema (the function is what the
 * trigger runs, so it goes where the function goes), and none that belongs to an extension.
 *
 * @param event {@code ddl_command_start}, {@code ddl_command_end}, {@code sql_drop},
 *     {@code table_rewrite} or {@code login}
 * @param tags the command tags of its {@code WHEN TAG IN (...)}, empty for every command
 * @param function its function, which takes no arguments
 * @param state how {@code ALTER EVENT TRIGGER} spells its state: {@code ENABLE},
 *     {@code DISABLE}, {@code ENABLE REPLICA} or {@code ENABLE ALWAYS}
 */
public record EventTrigger(String name, String event, List<String> tags, QualifiedName function, String state,
        @Nullable String comment) {

    public static final String ENABLED = "ENABLE";

    public EventTrigger {
        tags = List.copyOf(tags);
    }

    /** The signature of its function, as {@link Routine#signature()} spells it. */
    public String functionSignature() {
        return function + "()";
    }

    /** Whether it fires on the same event, commands and function: what ALTER cannot change. */
    public boolean sameDefinition(EventTrigger other) {
        return event.equals(other.event) && tags.equals(other.tags) && function.equals(other.function);
    }
}
