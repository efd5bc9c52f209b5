package dev.strata.schema.render;

import dev.strata.schema.model.Publication;
import dev.strata.schema.model.Sql;
import dev.strata.schema.ops.PublicationChange;
import java.util.ArrayList;
import java.util.List;

/** Publications; a created one gets its comment in the same change. */
final class PublicationRenderer {

    private PublicationRenderer() {
    }

    static List<String> render(PublicationChange change) {
        return switch (change) {
            case PublicationChange.CreatePublication c -> create(c.publication());
            case PublicationChange.DropPublication c -> List.of("DROP PUBLICATION " + Sql.ident(c.publication().name()));
            case PublicationChange.AlterPublication c -> List.of(alter(c.to().name()) + " SET (publish = "
                    + Sql.literal(c.to().publish()) + ", publish_via_partition_root = " + c.to().viaRoot() + ")");
            case PublicationChange.AddPublicationTable c -> List.of(alter(c.publication()) + " ADD TABLE "
                    + c.table().sql());
            case PublicationChange.DropPublicationTable c -> List.of(alter(c.publication()) + " DROP TABLE "
                    + Sql.name(c.table().table()));
            case PublicationChange.AddPublicationSchema c -> List.of(alter(c.publication())
                    + " ADD TABLES IN SCHEMA " + Sql.ident(c.schema()));
            case PublicationChange.DropPublicationSchema c -> List.of(alter(c.publication())
                    + " DROP TABLES IN SCHEMA " + Sql.ident(c.schema()));
        };
    }

    private static List<String> create(Publication publication) {
        StringBuilder create = new StringBuilder("CREATE PUBLICATION ").append(Sql.ident(publication.name()));
        List<String> members = new ArrayList<>();
        publication.tables().stream().map(t -> "TABLE " + t.sql()).forEach(members::add);
        publication.schemas().stream().map(s -> "TABLES IN SCHEMA " + Sql.ident(s)).forEach(members::add);
        if (publication.allTables()) {
            create.append(" FOR ALL TABLES");
        } else if (!members.isEmpty()) {
            create.append(" FOR ").append(String.join(", ", members));
        }
        List<String> options = new ArrayList<>();
        if (!publication.publish().equals(Publication.PUBLISH_ALL)) {
            options.add("publish = " + Sql.literal(publication.publish()));
        }
        if (publication.viaRoot()) {
            options.add("publish_via_partition_root = true");
        }
        if (!options.isEmpty()) {
            create.append(" WITH (").append(String.join(", ", options)).append(')');
        }
        List<String> statements = new ArrayList<>(List.of(create.toString()));
        if (publication.comment() != null) {
            statements.add("COMMENT ON PUBLICATION " + Sql.ident(publication.name()) + " IS "
                    + Sql.literal(publication.comment()));
        }
        return statements;
    }

    private static String alter(String publication) {
        return "ALTER PUBLICATION " + Sql.ident(publication);
    }
}
