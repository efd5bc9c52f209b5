package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ProgramChange.CreateView;
import dev.strata.schema.ops.ProgramChange.DropView;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares views by name. A view cannot be altered into another, so a changed one is dropped and
 * created; so is every view that reads it, directly or through other views, and every view that
 * reads a table whose column types change (PostgreSQL refuses to retype a column a view uses).
 * {@link dev.strata.schema.order.StatementOrder} puts the drops and creates in dependency order.
 */
final class ViewDiffer {

    private ViewDiffer() {
    }

    /**
     * @param rebuiltTables tables whose column types change, by their name in {@code from} (a
     *     name in {@code to} does no harm)
     */
    public static List<Change> diff(SchemaModel from, SchemaModel to, Set<QualifiedName> rebuiltTables) {
        Matching<View> views = Matching.byKey(from.views().values(), to.views().values(), View::name);
        Set<QualifiedName> dropped = new HashSet<>();
        views.removed().forEach(view -> dropped.add(view.name()));
        views.kept().stream().filter(both -> changed(both.from(), both.to()))
                .forEach(both -> dropped.add(both.from().name()));
        dropped.addAll(readers(from.views().values(), dropped, rebuiltTables));

        List<Change> changes = new ArrayList<>();
        from.views().values().stream().filter(view -> dropped.contains(view.name()))
                .forEach(view -> changes.add(new DropView(view)));
        to.views().values().stream()
                .filter(view -> dropped.contains(view.name()) || !from.views().containsKey(view.name()))
                .forEach(view -> changes.add(new CreateView(view)));
        return changes;
    }

    private static boolean changed(View from, View to) {
        return from.materialized() != to.materialized() || !from.definition().equals(to.definition())
                || !from.options().equals(to.options());
    }

    /** The views that read any of {@code views} or {@code tables}, directly or through other views. */
    private static Set<QualifiedName> readers(Collection<View> all, Set<QualifiedName> views,
            Set<QualifiedName> tables) {
        Map<QualifiedName, List<QualifiedName>> readersOf = new HashMap<>();
        for (View view : all) {
            view.dependsOn().forEach(read -> readersOf.computeIfAbsent(read, name -> new ArrayList<>()).add(view.name()));
        }
        Set<QualifiedName> affected = new HashSet<>();
        Deque<QualifiedName> pending = new ArrayDeque<>(views);
        pending.addAll(tables);
        while (!pending.isEmpty()) {
            for (QualifiedName reader : readersOf.getOrDefault(pending.pop(), List.of())) {
                if (affected.add(reader)) {
                    pending.push(reader);
                }
            }
        }
        return affected;
    }
}
