package dev.strata.schema.model;

import java.util.Comparator;

/** A schema-qualified object name as PostgreSQL stores it (unquoted, case preserved). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER =
            Comparator.comparing(QualifiedName::schema).thenComparing(QualifiedName::name);

    /** Parses {@code schema.name} or {@code name} (then in {@code defaultSchema}); no quoting. */
    public static QualifiedName parse(String text, String defaultSchema) {
        int dot = text.indexOf('.');
        return dot < 0 ? new QualifiedName(defaultSchema, text)
                : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }

    /** The same name in another schema-local namespace, e.g. a renamed table. */
    public QualifiedName withName(String newName) {
        return new QualifiedName(schema, newName);
    }

    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
