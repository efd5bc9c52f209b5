package dev.strata.migration.autogenerate;

import dev.strata.migration.autogenerate.shadow.ScratchDatabase;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.model.SchemaModel;
import dev.strata.settings.StrataException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a baseline made from a schema diff would leave out of the history it replaces: rows the
 * migrations wrote (statements that write rows, and the tables that hold rows on the replay),
 * objects of kinds the diff engine does not compare, and schemas it never reads. Each is one line
 * for the user; {@code db squash} refuses while there is any, unless told to write anyway.
 */
final class NotCarried {

    private static final String TABLES = """
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'
              AND NOT (c.relname = 'flyway_schema_history')
            ORDER BY 1""";

    private NotCarried() {
    }

    /**
     * The lines for the history replayed on {@code replay} (read into {@code schema}), whose files
     * hold {@code dataStatements}; {@code empty} is a new scratch database, for the schemas every
     * database has.
     */
    static List<String> find(ScratchDatabase replay, SchemaModel schema, List<String> dataStatements,
            ScratchDatabase empty) {
        List<String> lines = new ArrayList<>();
        dataStatements.forEach(statement -> lines.add("rows written by " + statement));
        try (Connection connection = replay.connect()) {
            for (String table : column(connection, TABLES)) {
                long rows = Long.parseLong(column(connection, "SELECT count(*) FROM " + table).getFirst());
                if (rows > 0) {
                    lines.add("rows in " + table + ": " + rows + " after the replay");
                }
            }
            List<String> everywhere = everySchema(empty);
            for (String name : column(connection, "SELECT nspname FROM pg_namespace ORDER BY 1")) {
                // pg_* names are PostgreSQL's own (a user cannot create one): only Supabase's are checked.
                if (SchemaFilter.EXCLUDED.contains(name) && !everywhere.contains(name)) {
                    lines.add("schema " + name + ": never compared (a name Supabase owns)");
                }
            }
        } catch (SQLException e) {
            throw new StrataException("cannot read the replay in " + replay.name() + ": " + e.getMessage(), e);
        }
        NotComparedText.line(schema.notCompared()).ifPresent(lines::add);
        return lines;
    }

    private static List<String> everySchema(ScratchDatabase empty) throws SQLException {
        try (Connection connection = empty.connect()) {
            return column(connection, "SELECT nspname FROM pg_namespace");
        }
    }

    private static List<String> column(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
