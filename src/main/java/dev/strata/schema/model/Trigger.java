package dev.strata.schema.model;

/**
 * A trigger on a table or a view.
 *
 * @param definition pg_get_triggerdef text: a complete CREATE TRIGGER statement
 * @param firing when it fires ({@code pg_trigger.tgenabled}), which the definition does not say
 */
public record Trigger(QualifiedName table, String name, String definition, Firing firing) {

    /** A trigger that fires as created (enabled, in origin and local sessions). */
    public Trigger(QualifiedName table, String name, String definition) {
        this(table, name, definition, Firing.ORIGIN);
    }

    /** The same trigger with another definition. */
    public Trigger withDefinition(String newDefinition) {
        return new Trigger(table, name, newDefinition, firing);
    }

    /** {@code pg_trigger.tgenabled}, with the ALTER TABLE clause that sets it. */
    public enum Firing {
        ORIGIN("O", "ENABLE"), DISABLED("D", "DISABLE"), REPLICA("R", "ENABLE REPLICA"), ALWAYS("A", "ENABLE ALWAYS");

        private final String code;
        private final String clause;

        Firing(String code, String clause) {
            this.code = code;
            this.clause = clause;
        }

        /** The clause before {@code TRIGGER name}, e.g. {@code ENABLE ALWAYS}. */
        public String clause() {
            return clause;
        }

        /**
         * The firing of a {@code tgenabled} code.
         *
         * @throws IllegalArgumentException naming an unknown code
         */
        public static Firing of(String code) {
            for (Firing firing : values()) {
                if (firing.code.equals(code)) {
                    return firing;
                }
            }
            throw new IllegalArgumentException("Unknown pg_trigger.tgenabled '" + code + "'");
        }
    }
}
