package dev.strata.schema.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** migra's core: added, removed and changed, by key. */
final class Keyed {

    private Keyed() {
    }

    /**
     * Walks the union of keys in order and asks {@code compare} for the changes of each pair
     * (either side null when the object exists on one side only).
     */
    static <K extends Comparable<K>, V, C> List<C> compare(Map<K, V> from, Map<K, V> to,
            BiFunction<@Nullable V, @Nullable V, List<? extends C>> compare) {
        TreeSet<K> keys = new TreeSet<>(from.keySet());
        keys.addAll(to.keySet());
        List<C> changes = new ArrayList<>();
        for (K key : keys) {
            V a = from.get(key);
            V b = to.get(key);
            if (!Objects.equals(a, b)) {
                changes.addAll(compare.apply(a, b));
            }
        }
        return changes;
    }

    /** Indexes a list by a key, keeping the last of duplicates. */
    static <K extends Comparable<K>, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        Map<K, V> map = new java.util.TreeMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return map;
    }
}
