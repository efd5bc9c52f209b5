package dev.strata.schema.diff;

import dev.strata.schema.model.Index;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.schema.model.Trigger;
import dev.strata.schema.model.View;
import dev.strata.schema.ops.Change;
import dev.strata.schema.ops.ConstraintChange.CreateIndex;
import dev.strata.schema.ops.ConstraintChange.DropIndex;
import dev.strata.schema.ops.ProgramChange.CreateTrigger;
import dev.strata.schema.ops.ProgramChange.DropTrigger;
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
 * A view's triggers are dropped before it and created after it; a materialized view's indexes
 * are created with it. On a view that is kept, they are compared by name and recreated when
 * their definition changes.
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
        for (View view : from.views().values()) {
            if (dropped.contains(view.name())) {
                // DROP VIEW would take them along; their own drops run first and reverse into creates after the view.
                view.triggers().forEach(trigger -> changes.add(new DropTrigger(trigger)));
                changes.add(new DropView(view));
            }
        }
        for (View view : to.views().values()) {
            View old = from.views().get(view.name());
            if (old == null || dropped.contains(view.name())) {
                // A materialized view's indexes are part of its creation (CreateView), as a table's columns are.
                changes.add(new CreateView(view));
                view.triggers().forEach(trigger -> changes.add(new CreateTrigger(trigger)));
            } else {
                changes.addAll(Matching.byKey(old.indexes(), view.indexes(), Index::name).recreating(
                        (a, b) -> !a.definition().equals(b.definition()),
                        index -> new DropIndex(view.name(), index), index -> new CreateIndex(view.name(), index)));
                changes.addAll(Matching.byKey(old.triggers(), view.triggers(), Trigger::name).recreating(
                        (a, b) -> !a.definition().equals(b.definition()), DropTrigger::new, CreateTrigger::new));
            }
        }
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
