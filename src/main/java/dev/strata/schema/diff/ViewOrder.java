package dev.strata.schema.diff;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.View;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Orders views so that every view comes after the views it reads: the order to create them in
 * (reversed, the order to drop them in). Views that do not depend on each other keep name order.
 */
public final class ViewOrder {

    private ViewOrder() {
    }

    public static List<View> sort(Collection<View> views) {
        Map<QualifiedName, View> byName = new TreeMap<>();
        views.forEach(view -> byName.put(view.name(), view));
        Map<QualifiedName, View> sorted = new LinkedHashMap<>();
        for (View view : byName.values()) {
            visit(view, byName, sorted, new LinkedHashSet<>());
        }
        return List.copyOf(sorted.values());
    }

    private static void visit(View view, Map<QualifiedName, View> byName, Map<QualifiedName, View> sorted,
            Set<QualifiedName> path) {
        if (sorted.containsKey(view.name())) {
            return;
        }
        if (!path.add(view.name())) {
            throw new IllegalArgumentException("views that read each other in a cycle: " + path);
        }
        for (QualifiedName dependency : view.dependsOn()) {
            View read = byName.get(dependency);
            if (read != null) {
                visit(read, byName, sorted, path);
            }
        }
        path.remove(view.name());
        sorted.put(view.name(), view);
    }
}
