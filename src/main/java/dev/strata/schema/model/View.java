package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A view or materialized view.
 *
 * @param definition pg_get_viewdef text (the SELECT)
 * @param options reloptions such as {@code security_invoker=true}, sorted
 * @param dependsOn the tables and views it reads, for drop-and-recreate around changes to them
 * @param indexes a materialized view's indexes, which go with it when it is dropped
 * @param triggers a view's triggers (INSTEAD OF, or statement triggers)
 */
public record View(QualifiedName name, boolean materialized, String definition, List<String> options,
        List<QualifiedName> dependsOn, @Nullable String comment, List<Index> indexes, List<Trigger> triggers) {

    /** A view without indexes or triggers. */
    public View(QualifiedName name, boolean materialized, String definition, List<String> options,
            List<QualifiedName> dependsOn, @Nullable String comment) {
        this(name, materialized, definition, options, dependsOn, comment, List.of(), List.of());
    }

    /** The same view with these indexes and triggers. */
    public View with(List<Index> newIndexes, List<Trigger> newTriggers) {
        return new View(name, materialized, definition, options, dependsOn, comment, List.copyOf(newIndexes),
                List.copyOf(newTriggers));
    }
}
