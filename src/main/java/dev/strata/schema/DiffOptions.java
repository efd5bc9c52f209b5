package dev.strata.schema;

import dev.strata.schema.model.QualifiedName;
import java.util.List;
import java.util.Map;

/**
 * How to compare.
 *
 * @param renames renames the user asserted; everything else that disappears is dropped
 * @param online whether and how the scripts are planned online
 * @param sizes the estimated sizes of the {@code from} side's tables, read from a live database;
 *     empty when it was not (a scratch database holds no rows worth counting)
 */
public record DiffOptions(List<Rename> renames, OnlineOptions online, Map<QualifiedName, TableSize> sizes) {

    public DiffOptions {
        renames = List.copyOf(renames);
        sizes = Map.copyOf(sizes);
    }

    /** Plain scripts, no sizes. */
    public DiffOptions(List<Rename> renames) {
        this(renames, OnlineOptions.off(), Map.of());
    }

    public static DiffOptions none() {
        return new DiffOptions(List.of());
    }
}
