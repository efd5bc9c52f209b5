package dev.strata.schema;

import dev.strata.schema.ops.Change;

/**
 * A hazard of one change (a change may carry several), usually to a table that already exists
 * and so may hold rows.
 *
 * @param kind what can go wrong
 * @param change the change that carries it; its statements are the ones the hazard is about
 * @param why what happens, worded to follow the change's {@link Change#describe() description}
 * @param whatToDo what to do about it
 */
public record Hazard(HazardKind kind, Change change, String why, String whatToDo) implements Finding {
}
