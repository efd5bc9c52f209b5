package dev.strata.schema.diff;

import dev.strata.schema.model.Table;
import dev.strata.schema.ops.Change;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * migra's set arithmetic: two collections matched by key into what was added, what was removed
 * and what is on both sides. Every list is in key order, so the result never depends on the
 * order objects were created in. Unlike {@link Keyed} it keeps the pairs that are equal: a view,
 * trigger or policy is recreated when what it reads changes, even when it does not.
 *
 * @param added only in {@code to}
 * @param removed only in {@code from}
 * @param kept on both sides, equal or not
 */
record Matching<T>(List<T> added, List<T> removed, List<Both<T>> kept) {

    /** One object as it is on each side. */
    record Both<T>(T from, T to) {
    }

    static <K extends Comparable<? super K>, T> Matching<T> byKey(Collection<T> from, Collection<T> to,
            Function<T, K> key) {
        Map<K, T> before = index(from, key);
        Map<K, T> after = index(to, key);
        List<T> added = new ArrayList<>();
        List<Both<T>> kept = new ArrayList<>();
        after.forEach((k, object) -> {
            @Nullable T old = before.get(k);
            if (old == null) {
                added.add(object);
            } else {
                kept.add(new Both<>(old, object));
            }
        });
        List<T> removed = before.entrySet().stream()
                .filter(entry -> !after.containsKey(entry.getKey())).map(Map.Entry::getValue).toList();
        return new Matching<>(List.copyOf(added), removed, List.copyOf(kept));
    }

    /** The children of a table (triggers, policies...) on each side; none on a missing side. */
    static <K extends Comparable<? super K>, T> Matching<T> children(TablePair pair, Function<Table, List<T>> children,
            Function<T, K> key) {
        return byKey(pair.from() == null ? List.of() : children.apply(pair.from()),
                pair.to() == null ? List.of() : children.apply(pair.to()), key);
    }

    /**
     * The changes for objects that cannot be altered: a drop for each removed one, a drop and a
     * create for each that {@code changed}, a create for each added one.
     */
    List<Change> recreating(BiPredicate<T, T> changed, Function<T, Change> drop, Function<T, Change> create) {
        List<Change> changes = new ArrayList<>();
        removed.forEach(object -> changes.add(drop.apply(object)));
        for (Both<T> both : kept) {
            if (changed.test(both.from(), both.to())) {
                changes.add(drop.apply(both.from()));
                changes.add(create.apply(both.to()));
            }
        }
        added.forEach(object -> changes.add(create.apply(object)));
        return changes;
    }

    private static <K extends Comparable<? super K>, T> Map<K, T> index(Collection<T> objects, Function<T, K> key) {
        Map<K, T> index = new TreeMap<>();
        for (T object : objects) {
            if (index.put(key.apply(object), object) != null) {
                throw new IllegalArgumentException("two objects with the key '" + key.apply(object) + "'");
            }
        }
        return index;
    }
}
