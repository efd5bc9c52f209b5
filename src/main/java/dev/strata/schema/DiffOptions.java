package dev.strata.schema;

import java.util.List;

/**
 * How to compare.
 *
 * @param renames renames the user asserted; everything else that disappears is dropped
 */
public record DiffOptions(List<Rename> renames) {

    public DiffOptions {
        renames = List.copyOf(renames);
    }

    public static DiffOptions none() {
        return new DiffOptions(List.of());
    }
}
