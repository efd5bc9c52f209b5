package dev.strata.schema.render;

import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.NamespaceChange;
import java.util.List;

/** Schemas and extensions. */
final class NamespaceRenderer {

    private NamespaceRenderer() {
    }

    static List<String> render(NamespaceChange change) {
        return List.of(switch (change) {
            case NamespaceChange.CreateSchema c -> "CREATE SCHEMA " + Sql.ident(c.name());
            case NamespaceChange.DropSchema c -> "DROP SCHEMA " + Sql.ident(c.name());
            case NamespaceChange.CreateExtension c -> "CREATE EXTENSION IF NOT EXISTS " + Sql.ident(c.extension().name())
                    + " WITH SCHEMA " + Sql.ident(c.extension().schema());
            case NamespaceChange.DropExtension c -> "DROP EXTENSION " + Sql.ident(c.extension().name());
        });
    }
}
