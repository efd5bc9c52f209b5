package dev.strata.schema.diff;

import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Table;
import dev.strata.schema.ops.AccessChange.AlterPolicy;
import dev.strata.schema.ops.AccessChange.AlterRowSecurity;
import dev.strata.schema.ops.AccessChange.CreatePolicy;
import dev.strata.schema.ops.AccessChange.DropPolicy;
import dev.strata.schema.ops.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares each table's row-level security flags, and its policies by name. A policy whose roles
 * or expressions change is altered in place; one whose command or kind changes, or that gains or
 * loses an expression, is dropped and created, since ALTER POLICY cannot do that (or, for a gained
 * expression, undo it). So is every policy of a table whose column types change, and a changed
 * policy of a table that loses a column it may use.
 */
final class PolicyDiffer {

    private PolicyDiffer() {
    }

    public static List<Change> diff(List<TablePair> pairs) {
        return diff(pairs, RebuiltTables.of(pairs));
    }

    /** @param rebuiltTables tables whose columns change type (see {@link RebuiltTables}) */
    public static List<Change> diff(List<TablePair> pairs, Set<QualifiedName> rebuiltTables) {
        List<Change> changes = new ArrayList<>();
        for (TablePair pair : pairs) {
            rowSecurity(pair, changes);
            boolean rebuilt = RebuiltTables.includes(rebuiltTables, pair);
            boolean alterable = !rebuilt && !RebuiltTables.losesAColumn(pair);
            Matching<Policy> policies = Matching.children(pair, Table::policies, Policy::name);
            policies.removed().forEach(policy -> changes.add(new DropPolicy(policy)));
            for (Matching.Both<Policy> both : policies.kept()) {
                Policy from = both.from();
                Policy to = both.to();
                if (!rebuilt && same(from, to)) {
                    continue;
                }
                if (alterable && alterable(from, to)) {
                    changes.add(new AlterPolicy(from, to));
                } else {
                    changes.add(new DropPolicy(from));
                    changes.add(new CreatePolicy(to));
                }
            }
            policies.added().forEach(policy -> changes.add(new CreatePolicy(policy)));
        }
        return changes;
    }

    /**
     * A switch that turns security off runs before the tables change, under the table's name in
     * {@code from}; one that turns it on runs after, under its name in {@code to}. So that each
     * finds its table, and its reverse too, a change that turns one flag on and the other off is
     * two changes.
     */
    private static void rowSecurity(TablePair pair, List<Change> changes) {
        Table from = pair.from();
        Table to = pair.to();
        boolean fromEnabled = from != null && from.rowSecurity();
        boolean fromForced = from != null && from.forceRowSecurity();
        boolean toEnabled = to != null && to.rowSecurity();
        boolean toForced = to != null && to.forceRowSecurity();
        if (fromEnabled == toEnabled && fromForced == toForced) {
            return;
        }
        boolean tightens = toEnabled && !fromEnabled || toForced && !fromForced;
        boolean relaxes = fromEnabled && !toEnabled || fromForced && !toForced;
        if (tightens && relaxes) {
            changes.add(new AlterRowSecurity(from.name(), fromEnabled, fromForced, fromEnabled && toEnabled,
                    fromForced && toForced));
            changes.add(new AlterRowSecurity(to.name(), fromEnabled && toEnabled, fromForced && toForced, toEnabled,
                    toForced));
        } else {
            QualifiedName table = relaxes ? from.name() : pair.name();
            changes.add(new AlterRowSecurity(table, fromEnabled, fromForced, toEnabled, toForced));
        }
    }

    /** Equal but for the table's name, which differs when the table is renamed. */
    private static boolean same(Policy from, Policy to) {
        return alterable(from, to) && from.roles().equals(to.roles()) && Objects.equals(from.using(), to.using())
                && Objects.equals(from.withCheck(), to.withCheck());
    }

    private static boolean alterable(Policy from, Policy to) {
        return from.permissive() == to.permissive() && from.command().equals(to.command())
                && (from.using() == null) == (to.using() == null)
                && (from.withCheck() == null) == (to.withCheck() == null);
    }
}
