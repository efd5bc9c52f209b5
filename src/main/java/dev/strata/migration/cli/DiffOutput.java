package dev.strata.migration.cli;

import dev.strata.migration.autogenerate.FindingText;
import dev.strata.schema.DiffResult;
import dev.strata.schema.Hazard;
import dev.strata.schema.HazardKind;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.ops.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The script with the statements held back turned into comments, for a run whose script has
 * hazards that are not allowed: destructive ones without --unsafe ({@code -- [destructive]}),
 * others not named in --allow-hazards ({@code -- [held back: KIND]}).
 */
final class DiffOutput {

    private DiffOutput() {
    }

    /** With each change's statements as {@code statements} renders them: plain, or online. */
    static String withHeldBackCommented(DiffResult result, List<Hazard> refused,
            Function<Change, List<String>> statements) {
        Map<Change, Set<HazardKind>> heldBack = heldBack(refused);
        Set<HazardKind> kinds = refused.stream().map(Hazard::kind).collect(Collectors.toCollection(TreeSet::new));
        StringBuilder sql = new StringBuilder();
        if (kinds.contains(HazardKind.DELETES_DATA)) {
            sql.append("-- Destructive statements are commented out (-- [destructive]); nothing here drops data.\n")
                    .append("-- Review them, then run strata db diff again with --unsafe to include them.\n");
        }
        kinds.remove(HazardKind.DELETES_DATA);
        if (!kinds.isEmpty()) {
            sql.append("-- Statements with hazards outside --allow-hazards are commented out (-- [held back: KIND]).\n")
                    .append("-- Review them, then run strata db diff again with --allow-hazards ")
                    .append(kinds.stream().map(Enum::name).collect(Collectors.joining(","))).append(" to include them.\n");
        }
        if (!result.up().transactional()) {
            sql.append("-- This script cannot run in one transaction: ").append(result.up().reason()).append('\n');
        }
        sql.append('\n');
        SchemaDiff.preamble(result.changes()).forEach(setting -> sql.append(setting).append(";\n\n"));
        for (Change change : result.changes()) {
            Set<HazardKind> held = heldBack.get(change);
            for (String statement : statements.apply(change)) {
                if (held == null) {
                    sql.append(statement).append(";\n\n");
                } else {
                    sql.append("-- [").append(label(held)).append("] ").append(statement.replace("\n", "\n-- "))
                            .append(";\n\n");
                }
            }
        }
        return sql.toString();
    }

    /** The changes held back, each with the kinds that hold it. */
    static Map<Change, Set<HazardKind>> heldBack(List<Hazard> refused) {
        Map<Change, Set<HazardKind>> changes = new LinkedHashMap<>();
        refused.forEach(hazard -> changes.computeIfAbsent(hazard.change(), c -> new TreeSet<>()).add(hazard.kind()));
        return changes;
    }

    private static String label(Set<HazardKind> kinds) {
        return kinds.contains(HazardKind.DELETES_DATA) ? "destructive"
                : "held back: " + kinds.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
