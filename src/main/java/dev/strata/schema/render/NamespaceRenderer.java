package dev.strata.schema.render;

import dev.strata.schema.model.Extension;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.NamespaceChange;
import java.util.ArrayList;
import java.util.List;

/** Schemas and extensions, an extension at its version. */
final class NamespaceRenderer {

    private NamespaceRenderer() {
    }

    static List<String> render(NamespaceChange change) {
        return switch (change) {
            case NamespaceChange.CreateSchema c -> List.of("CREATE SCHEMA " + Sql.ident(c.name()));
            case NamespaceChange.DropSchema c -> List.of("DROP SCHEMA " + Sql.ident(c.name()));
            case NamespaceChange.CreateExtension c -> List.of("CREATE EXTENSION IF NOT EXISTS "
                    + Sql.ident(c.extension().name()) + " WITH SCHEMA " + Sql.ident(c.extension().schema())
                    + (c.extension().version() == null ? "" : " VERSION " + Sql.literal(c.extension().version())));
            case NamespaceChange.AlterExtension c -> alter(c.from(), c.to());
            case NamespaceChange.DropExtension c -> List.of("DROP EXTENSION " + Sql.ident(c.extension().name()));
        };
    }

    /** The schema first, then the version (an update script may create objects in the new schema). */
    private static List<String> alter(Extension from, Extension to) {
        String extension = "ALTER EXTENSION " + Sql.ident(to.name());
        List<String> statements = new ArrayList<>();
        if (!from.schema().equals(to.schema())) {
            statements.add(extension + " SET SCHEMA " + Sql.ident(to.schema()));
        }
        if (to.version() != null && !to.version().equals(from.version())) {
            statements.add(extension + " UPDATE TO " + Sql.literal(to.version()));
        }
        return statements;
    }
}
