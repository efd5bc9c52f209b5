package dev.strata.schema.ops;

import dev.strata.schema.model.Extension;

/** Schemas and extensions. */
public sealed interface NamespaceChange extends Change {

    /** CREATE SCHEMA. */
    record CreateSchema(String name) implements NamespaceChange {
        public Change reverse() { return new DropSchema(name); }
        public String describe() { return "create schema " + name; }
    }

    /** DROP SCHEMA (its objects are dropped by their own changes first). */
    record DropSchema(String name) implements NamespaceChange {
        public Change reverse() { return new CreateSchema(name); }
        public String describe() { return "drop schema " + name; }
    }

    /** CREATE EXTENSION. */
    record CreateExtension(Extension extension) implements NamespaceChange {
        public Change reverse() { return new DropExtension(extension); }
        public String describe() { return "create extension " + extension.name(); }
    }

    /** DROP EXTENSION. */
    record DropExtension(Extension extension) implements NamespaceChange {
        public Change reverse() { return new CreateExtension(extension); }
        public String describe() { return "drop extension " + extension.name(); }
    }
}
