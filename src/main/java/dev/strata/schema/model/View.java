package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A view or materialized view.
 *
 * @param definition pg_get_viewdef text (the SELECT)
 * @param options reloptions such as {@code security_invoker=true}, sorted
 * @param dependsOn the tables and views it reads, for drop-and-recreate around changes to them
 */
public record View(QualifiedName name, boolean materialized, String definition, List<String> options,
        List<QualifiedName> dependsOn, @Nullable String comment) {
}
