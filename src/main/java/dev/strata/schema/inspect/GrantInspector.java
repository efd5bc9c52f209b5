package dev.strata.schema.inspect;

import dev.strata.schema.model.CommentTarget;
import dev.strata.schema.model.DefaultPrivilege;
import dev.strata.schema.model.Grant;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.Securable;
import dev.strata.schema.model.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads privileges on every kind of object that carries them, default privileges, owners, and
 * the comments that are not read with their objects.
 */
final class GrantInspector {

    /** The privileges granted to roles other than the owners, and every object's owner. */
    record Privileges(List<Grant> grants, Map<Securable, String> owners) {
    }

    private GrantInspector() {
    }

    static Privileges privileges(Connection connection, Array schemas) throws SQLException {
        List<Grant> grants = new ArrayList<>();
        Map<Securable, String> owners = new TreeMap<>();
        CatalogQuery.run(connection, "privileges", schemas, row -> {
            Securable object = new Securable(Securable.Kind.valueOf(row.getString("kind")),
                    new QualifiedName(row.getString("schema"), row.getString("name")), row.getString("detail"));
            owners.put(object, row.getString("owner"));
            if (row.getString("grantee") != null) {
                grants.add(new Grant(object, row.getString("grantee"), row.getString("privilege"),
                        row.getBoolean("grantable")));
            }
            return object;
        });
        return new Privileges(List.copyOf(grants), owners);
    }

    /** The privileges alone, in the query's order. */
    static List<Grant> read(Connection connection, Array schemas) throws SQLException {
        return privileges(connection, schemas).grants();
    }

    static List<DefaultPrivilege> defaults(Connection connection, Array schemas) throws SQLException {
        return CatalogQuery.run(connection, "default_privileges", schemas, row -> new DefaultPrivilege(
                row.getString("role"), row.getString("schema"), row.getString("objects"), row.getString("grantee"),
                row.getString("privilege"), row.getBoolean("grantable"), row.getBoolean("revoked")));
    }

    static Map<CommentTarget, String> comments(Connection connection, Array schemas) throws SQLException {
        Map<CommentTarget, String> comments = new TreeMap<>();
        CatalogQuery.run(connection, "comments", schemas, row -> comments.put(target(row), row.getString("comment")));
        return comments;
    }

    private static CommentTarget target(ResultSet row) throws SQLException {
        String kind = row.getString("kind");
        String schema = row.getString("schema");
        String name = row.getString("name");
        String parent = row.getString("parent");
        return new CommentTarget(kind, switch (kind) {
            case "SCHEMA", "EXTENSION" -> Sql.ident(name);
            case "FUNCTION", "PROCEDURE" -> Sql.name(new QualifiedName(schema, name)) + "(" + row.getString("detail")
                    + ")";
            case "CONSTRAINT", "TRIGGER", "POLICY" -> Sql.ident(name) + " ON "
                    + Sql.name(new QualifiedName(schema, parent));
            case "COLUMN" -> Sql.name(new QualifiedName(schema, parent)) + "." + Sql.ident(name);
            default -> Sql.name(new QualifiedName(schema, name));
        });
    }
}
