package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A table constraint.
 *
 * @param name constraint name
 * @param kind primary key, unique, foreign key, check or exclusion
 * @param definition pg_get_constraintdef text, e.g. {@code FOREIGN KEY (a) REFERENCES public.t(id) ON DELETE CASCADE}
 * @param columns the constrained columns, in order
 * @param references the referenced table of a foreign key, else null
 */
public record Constraint(String name, Kind kind, String definition, List<String> columns,
        @Nullable QualifiedName references) {

    /** pg_constraint.contype. */
    public enum Kind {
        PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUSION;

        public static Kind of(String contype) {
            return switch (contype) {
                case "p" -> PRIMARY_KEY;
                case "u" -> UNIQUE;
                case "f" -> FOREIGN_KEY;
                case "c" -> CHECK;
                case "x" -> EXCLUSION;
                default -> throw new IllegalArgumentException("unknown constraint type '" + contype + "'");
            };
        }
    }
}
