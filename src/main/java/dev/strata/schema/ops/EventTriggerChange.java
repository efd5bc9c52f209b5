package dev.strata.schema.ops;

import dev.strata.schema.model.EventTrigger;

/** Event triggers: created and dropped whole, their state switched in place. */
public sealed interface EventTriggerChange extends Change {

    /** CREATE EVENT TRIGGER, then its state when it is not enabled and its comment. */
    record CreateEventTrigger(EventTrigger trigger) implements EventTriggerChange {
        public Change reverse() { return new DropEventTrigger(trigger); }
        public String describe() { return "create event trigger " + trigger.name(); }
    }

    /** DROP EVENT TRIGGER. */
    record DropEventTrigger(EventTrigger trigger) implements EventTriggerChange {
        public Change reverse() { return new CreateEventTrigger(trigger); }
        public String describe() { return "drop event trigger " + trigger.name(); }
    }

    /** ALTER EVENT TRIGGER ... ENABLE / DISABLE / ENABLE REPLICA / ENABLE ALWAYS. */
    record AlterEventTrigger(String name, String from, String to) implements EventTriggerChange {
        public Change reverse() { return new AlterEventTrigger(name, to, from); }
        public String describe() { return "alter event trigger " + name + " " + to.toLowerCase(java.util.Locale.ROOT); }
    }
}
