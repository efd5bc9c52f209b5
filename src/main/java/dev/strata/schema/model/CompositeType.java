package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A composite type ({@code CREATE TYPE ... AS (...)}) and its attributes in order.
 */
public record CompositeType(QualifiedName name, List<Attribute> attributes, @Nullable String comment) {

    /**
     * One attribute.
     *
     * @param type as format_type prints it
     * @param collation the collation when it differs from the type's, else null
     */
    public record Attribute(String name, String type, @Nullable String collation) {
    }

    public CompositeType {
        attributes = List.copyOf(attributes);
    }
}
