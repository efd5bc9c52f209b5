package dev.strata.schema.inspect;

import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Routine;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads functions and procedures, not those an extension installed. */
final class RoutineInspector {

    private RoutineInspector() {
    }

    static List<Routine> read(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "routines", schemas, RoutineInspector::routine);
    }

    private static Routine routine(ResultSet row) throws SQLException {
        // pg_get_functiondef ends with a newline that is not part of the statement
        return new Routine(new QualifiedName(row.getString("schema"), row.getString("name")),
                row.getString("arguments"), row.getBoolean("procedure"), row.getString("result"),
                row.getString("definition").stripTrailing(), row.getBoolean("uses_tables"));
    }
}
