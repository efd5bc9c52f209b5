package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Sql;
import dev.strata.schema.model.Table;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares each table's triggers by name. A trigger cannot be altered, so a changed one is
 * dropped and created; so is every trigger of a table whose column types change. The triggers
 * of a created table are created and those of a dropped table dropped, so that reversing a
 * table's drop brings them back.
 */
final class TriggerDiffer {

    private TriggerDiffer() {
    }

    public static List<Change> diff(List<TablePair> pairs) {
        return diff(pairs, RebuiltTables.of(pairs));
    }

    /** @param rebuiltTables tables whose columns change type (see {@link RebuiltTables}) */
    public static List<Change> diff(List<TablePair> pairs, Set<QualifiedName> rebuiltTables) {
        List<Change> changes = new ArrayList<>();
        for (TablePair pair : pairs) {
            boolean rebuilt = RebuiltTables.includes(rebuiltTables, pair);
            changes.addAll(Matching.children(pair, Table::triggers, Trigger::name).recreating(
                    (from, to) -> rebuilt || !sameDefinition(from, to), DropTrigger::new, CreateTrigger::new));
        }
        return changes;
    }

    /**
     * Equal definitions once a renamed table's old name in {@code from} reads as its new one, and
     * the same firing (enabled, disabled, replica, always).
     */
    private static boolean sameDefinition(Trigger from, Trigger to) {
        String definition = from.definition();
        if (!from.table().equals(to.table())) {
            String table = " ON " + Sql.name(from.table()) + " ";
            int at = definition.indexOf(table);
            if (at >= 0) {
                definition = definition.substring(0, at) + " ON " + Sql.name(to.table()) + " "
                        + definition.substring(at + table.length());
            }
        }
        return definition.equals(to.definition()) && from.firing() == to.firing();
    }
}
