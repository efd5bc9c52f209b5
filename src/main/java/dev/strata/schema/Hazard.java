package dev.strata.schema;

import dev.strata.schema.ops.Change;

/**
 * A hazard of one change to a table that already exists (and so may hold rows).
 *
 * @param kind what can go wrong
 * @param change the change that carries it
 * @param advice what happens and what to do about it, worded to follow the change's
 *     {@link Change#describe() description}
 */
public record Hazard(HazardKind kind, Change change, String advice) implements Finding {
}
