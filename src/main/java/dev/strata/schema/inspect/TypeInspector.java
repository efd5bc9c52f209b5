package dev.strata.schema.inspect;

import dev.strata.schema.model.CompositeType;
import dev.strata.schema.model.Domain;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.RangeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads domains, composite types and range types. */
final class TypeInspector {

    private TypeInspector() {
    }

    static List<Domain> domains(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "domains", schemas, row -> {
            List<String> names = CatalogQuery.strings(row, "check_names");
            List<String> definitions = CatalogQuery.strings(row, "check_definitions");
            List<Domain.Check> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new Domain.Check(names.get(i), definitions.get(i)));
            }
            return new Domain(name(row), row.getString("base_type"),
                    Expressions.canonical(row.getString("default_expression")), row.getBoolean("not_null"),
                    row.getString("collation"), checks, row.getString("comment"));
        });
    }

    static List<CompositeType> composites(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "composites", schemas, row -> {
            List<String> names = CatalogQuery.strings(row, "attribute_names");
            List<String> types = CatalogQuery.strings(row, "attribute_types");
            Object[] collations = (Object[]) row.getArray("attribute_collations").getArray();
            List<CompositeType.Attribute> attributes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                attributes.add(new CompositeType.Attribute(names.get(i), types.get(i), (String) collations[i]));
            }
            return new CompositeType(name(row), attributes, row.getString("comment"));
        });
    }

    static List<RangeType> ranges(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "ranges", schemas, row -> new RangeType(name(row), row.getString("subtype"),
                row.getString("opclass"), row.getString("collation"), row.getString("canonical"),
                row.getString("subtype_diff"),
                new QualifiedName(row.getString("multirange_schema"), row.getString("multirange_name")),
                row.getString("comment")));
    }

    private static QualifiedName name(ResultSet row) throws SQLException {
        return new QualifiedName(row.getString("schema"), row.getString("name"));
    }
}
