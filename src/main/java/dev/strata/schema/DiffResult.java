package dev.strata.schema;

import dev.strata.schema.ops.Change;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of comparing two schemas.
 *
 * @param changes the changes in the order they run
 * @param up the script that turns {@code from} into {@code to}
 * @param down the script that turns {@code to} back into {@code from}, from the reversed changes
 * @param findings the hazards of the changes, then the possible renames
 * @param notCompared the objects of kinds the engine does not model, by kind (singular noun) in name
 *     order: for each kind the larger of the two sides' counts; empty when everything was compared
 * @param upPlan with {@code --online}: what the up script's online steps do and in which order,
 *     and which changes could not be planned online and why; one line each, empty otherwise
 * @param downPlan the same for the down script
 */
public record DiffResult(List<Change> changes, Script up, Script down, List<Finding> findings,
        Map<String, Integer> notCompared, List<String> upPlan, List<String> downPlan) {

    public DiffResult {
        changes = List.copyOf(changes);
        findings = List.copyOf(findings);
        notCompared = Collections.unmodifiableSortedMap(new TreeMap<>(notCompared));
        upPlan = List.copyOf(upPlan);
        downPlan = List.copyOf(downPlan);
    }

    /** A result in which every object was compared, its scripts plain. */
    public DiffResult(List<Change> changes, Script up, Script down, List<Finding> findings) {
        this(changes, up, down, findings, Map.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The hazards among the findings, in the order of their changes. */
    public List<Hazard> hazards() {
        return findings.stream().filter(Hazard.class::isInstance).map(Hazard.class::cast).toList();
    }

    /** The hazards whose kind is not in {@code allowed}: a script that has any is held back. */
    public List<Hazard> refused(Set<HazardKind> allowed) {
        return hazards().stream().filter(hazard -> !allowed.contains(hazard.kind())).toList();
    }

    /** The changes that can lose data. */
    public List<Change> destructive() {
        return changes.stream().filter(Change::destructive).toList();
    }
}
