package dev.strata.schema.inspect;

import dev.strata.schema.model.Operator;
import dev.strata.schema.model.QualifiedName;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Reads user-defined operators, by signature. */
final class OperatorInspector {

    private OperatorInspector() {
    }

    static Map<String, Operator> read(Connection connection, Array schemas) throws SQLException {
        return SchemaInspector.byKey(CatalogQuery.run(connection, "operators", schemas, OperatorInspector::operator),
                Operator::signature);
    }

    private static Operator operator(ResultSet row) throws SQLException {
        return new Operator(new QualifiedName(row.getString("schema"), row.getString("name")),
                row.getString("left_type"), row.getString("right_type"),
                new QualifiedName(row.getString("function_schema"), row.getString("function_name")),
                row.getString("function_arguments"), row.getString("commutator"), row.getString("negator"),
                row.getString("restrict"), row.getString("join"), row.getBoolean("hashes"), row.getBoolean("merges"),
                row.getBoolean("uses_tables"), row.getString("comment"));
    }
}
