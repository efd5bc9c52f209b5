package dev.strata.schema;

import dev.strata.schema.ops.Change;
import java.util.List;

/**
 * The outcome of comparing two schemas.
 *
 * @param changes the changes in the order they run
 * @param up the script that turns {@code from} into {@code to}
 * @param down the script that turns {@code to} back into {@code from}, from the reversed changes
 * @param findings the hazards of the changes, then the possible renames
 */
public record DiffResult(List<Change> changes, Script up, Script down, List<Finding> findings) {

    public DiffResult {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes that can lose data. */
    public List<Change> destructive() {
        return changes.stream().filter(Change::destructive).toList();
    }
}
