package dev.strata.schema.inspect;

import dev.strata.schema.model.Grant;
import dev.strata.schema.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads the privileges on tables that their owners granted to other roles. */
final class GrantInspector {

    private GrantInspector() {
    }

    static List<Grant> read(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "grants", schemas, row -> new Grant(
                new QualifiedName(row.getString("schema"), row.getString("table_name")), row.getString("grantee"),
                row.getString("privilege"), row.getBoolean("grantable")));
    }
}
