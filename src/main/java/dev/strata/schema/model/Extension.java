package dev.strata.schema.model;

/** An installed extension and the schema it was installed into. */
public record Extension(String name, String schema) {
}
