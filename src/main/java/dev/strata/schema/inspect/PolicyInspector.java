package dev.strata.schema.inspect;

import dev.strata.schema.model.Policy;
import dev.strata.schema.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads row-level security policies; the tables' RLS flags come with the tables. */
final class PolicyInspector {

    private PolicyInspector() {
    }

    static List<Policy> read(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "policies", schemas, row -> new Policy(
                new QualifiedName(row.getString("schema"), row.getString("table_name")), row.getString("name"),
                row.getBoolean("permissive"), row.getString("command"), CatalogQuery.strings(row, "roles"),
                row.getString("using_expression"), row.getString("with_check")));
    }
}
