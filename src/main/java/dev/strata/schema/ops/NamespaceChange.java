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

    /** ALTER EXTENSION ... SET SCHEMA and UPDATE TO: the extension's schema or version changes in place. */
    record AlterExtension(Extension from, Extension to) implements NamespaceChange {
        public Change reverse() { return new AlterExtension(to, from); }
        public String describe() { return "alter extension " + to.name(); }
    }

    /** DROP EXTENSION. */
    record DropExtension(Extension extension) implements NamespaceChange {
        public Change reverse() { return new CreateExtension(extension); }
        public String describe() { return "drop extension " + extension.name(); }
    }
}
