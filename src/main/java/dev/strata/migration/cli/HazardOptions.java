package dev.strata.migration.cli;

import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.SchemaDiff;
import dev.strata.settings.StrataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * {@code --unsafe} and {@code --allow-hazards KIND,...}, mixed into {@code db diff} and
 * {@code db revision}: which hazard kinds a script may carry. Without them: the kinds
 * {@linkplain HazardKind#allowedByDefault() allowed by default}; {@code --unsafe} adds
 * DELETES_DATA (and naming DELETES_DATA in {@code --allow-hazards} is the same as {@code --unsafe}). Also how a hazard
 * reads in {@code --json}.
 */
final class HazardOptions {

    @Option(names = "--unsafe", description = "Allow destructive changes (drops, narrowing type changes): the hazard "
            + "kind DELETES_DATA.")
    boolean unsafe;

    @Option(names = "--allow-hazards", paramLabel = "KIND,...", split = ",",
            description = "Also allow these hazard kinds (comma-separated, repeatable). Allowed without it: "
                    + "ACQUIRES_ACCESS_EXCLUSIVE_LOCK, ACQUIRES_SHARE_LOCK, ACQUIRES_SHARE_ROW_EXCLUSIVE_LOCK, "
                    + "AUTHZ_UPDATE, FAILS_ON_EXISTING_ROWS, HAS_UNTRACKABLE_DEPENDENCIES, IMPACTS_DATABASE_PERFORMANCE, "
                    + "INDEX_BUILD, INDEX_DROPPED, IS_USER_GENERATED (printed as warnings). Not allowed without it: "
                    + "CORRECTNESS, UPGRADING_EXTENSION_VERSION, and DELETES_DATA (or --unsafe).")
    List<String> allowHazards = new ArrayList<>();

    /** Whether anything was asked for: both need {@code --autogenerate} in {@code db revision}. */
    boolean given() {
        return unsafe || !allowHazards.isEmpty();
    }

    /**
     * The kinds a script may carry.
     *
     * @throws StrataException for a kind that does not exist (exit 1, naming the known ones)
     */
    Set<HazardKind> allowed() {
        Set<HazardKind> allowed = HazardKind.defaults();
        try {
            allowHazards.forEach(list -> allowed.addAll(HazardKind.parse(list)));
        } catch (IllegalArgumentException e) {
            throw new StrataException(e.getMessage(), e);
        }
        if (unsafe) {
            allowed.add(HazardKind.DELETES_DATA);
        }
        return allowed;
    }

    /** The hazards for {@code --json}: each with its statement, why, what to do and whether it is allowed. */
    static List<Map<String, Object>> json(List<Hazard> hazards, Set<HazardKind> allowed) {
        return hazards.stream().<Map<String, Object>>map(hazard -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", hazard.kind().name());
            row.put("change", hazard.change().describe());
            row.put("statement", String.join(";\n", SchemaDiff.statements(hazard.change())) + ";");
            row.put("why", hazard.why());
            row.put("what_to_do", hazard.whatToDo());
            row.put("allowed", allowed.contains(hazard.kind()));
            return row;
        }).toList();
    }
}
