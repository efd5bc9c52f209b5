package dev.strata.schema.model;

import org.jspecify.annotations.Nullable;

/**
 * An installed extension, the schema it was installed into and its version.
 *
 * @param version the installed version; null when not known (then created at the default version)
 */
public record Extension(String name, String schema, @Nullable String version) {

    /** An extension at its default version. */
    public Extension(String name, String schema) {
        this(name, schema, null);
    }
}
