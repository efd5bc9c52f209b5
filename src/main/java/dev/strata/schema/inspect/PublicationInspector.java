package dev.strata.schema.inspect;

import dev.strata.schema.model.Publication;
import dev.strata.schema.model.PublicationTable;
import dev.strata.schema.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the publications the model holds (see {@link Publication}) with their compared tables, by name. */
final class PublicationInspector {

    /** A listed table and the publication that lists it. */
    private record Member(String publication, PublicationTable table) {
    }

    private PublicationInspector() {
    }

    static Map<String, Publication> read(Connection connection, Array schemas) throws SQLException {
        Map<String, List<Member>> members = CatalogQuery.run(connection, "publication_tables", schemas,
                row -> new Member(row.getString("publication"), new PublicationTable(
                        new QualifiedName(row.getString("schema"), row.getString("table_name")),
                        CatalogQuery.strings(row, "columns"), row.getString("where"))))
                .stream().collect(Collectors.groupingBy(Member::publication));
        return SchemaInspector.byKey(CatalogQuery.run(connection, "publications", schemas, row -> new Publication(
                row.getString("name"), row.getBoolean("all_tables"),
                members.getOrDefault(row.getString("name"), List.of()).stream().map(Member::table).toList(),
                CatalogQuery.strings(row, "schemas"), row.getString("publish"), row.getBoolean("via_root"),
                row.getString("comment"))), Publication::name);
    }
}
