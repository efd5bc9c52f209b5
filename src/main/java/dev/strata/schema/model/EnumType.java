package dev.strata.schema.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** An enum type and its labels in sort order. */
public record EnumType(QualifiedName name, List<String> labels, @Nullable String comment) {
}
