package dev.strata.schema.inspect;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.View;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads views and materialized views with their options and the relations they read. */
final class ViewInspector {

    private ViewInspector() {
    }

    static List<View> read(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "views", schemas, ViewInspector::view);
    }

    private static View view(ResultSet row) throws SQLException {
        return new View(new QualifiedName(row.getString("schema"), row.getString("name")),
                row.getBoolean("materialized"), query(row.getString("definition")),
                CatalogQuery.strings(row, "options"), dependencies(row), row.getString("comment"));
    }

    /** pg_get_viewdef ends the SELECT with a semicolon; statements are rendered without one. */
    private static String query(String definition) {
        String query = definition.strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1).stripTrailing() : query;
    }

    private static List<QualifiedName> dependencies(ResultSet row) throws SQLException {
        List<String> schemas = CatalogQuery.strings(row, "depends_on_schemas");
        List<String> names = CatalogQuery.strings(row, "depends_on_names");
        List<QualifiedName> dependencies = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            dependencies.add(new QualifiedName(schemas.get(i), names.get(i)));
        }
        return List.copyOf(dependencies);
    }
}
