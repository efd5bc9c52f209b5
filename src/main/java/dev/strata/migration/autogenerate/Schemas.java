package dev.strata.migration.autogenerate;

import dev.strata.database.DatabaseConnections;
import dev.strata.database.DatabaseError;
import dev.strata.schema.DiffOptions;
import dev.strata.schema.DiffResult;
import dev.strata.schema.SchemaDiff;
import dev.strata.schema.SchemaFilter;
import dev.strata.schema.Script;
import dev.strata.schema.TableSize;
import dev.strata.schema.model.QualifiedName;
import dev.strata.schema.model.SchemaModel;
import dev.strata.settings.DatabaseSettings;
import dev.strata.settings.StrataException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** Reading a database's schema and running a script on it, with failures as one line for the user. */
public final class Schemas {

    private Schemas() {
    }

    /** The compared schemas of the database (every user schema; never Supabase's or Flyway's history). */
    static SchemaModel inspect(DatabaseSettings database, String what) {
        return inspect(database, SchemaFilter.all(), what);
    }

    /**
     * Reads the schemas {@code filter} selects from {@code database} over a connection of its
     * own; a failure is one line for the user naming {@code what} was read.
     */
    public static SchemaModel inspect(DatabaseSettings database, SchemaFilter filter, String what) {
        try (Connection connection = connect(database)) {
            return SchemaDiff.inspect(connection, filter);
        } catch (SQLException e) {
            throw new StrataException("cannot read the schema of " + what + " (" + database.describe() + "): "
                    + DatabaseError.describe(e), e);
        }
    }

    /** The estimated size of every table of {@code database} (pg_class), a failure naming {@code what} was read. */
    public static Map<QualifiedName, TableSize> sizes(DatabaseSettings database, String what) {
        try (Connection connection = connect(database)) {
            return SchemaDiff.tableSizes(connection);
        } catch (SQLException e) {
            throw new StrataException("cannot read the table sizes of " + what + " (" + database.describe() + "): "
                    + DatabaseError.describe(e), e);
        }
    }

    /**
     * The diff of two schemas, where PostgreSQL (the server behind {@code database}, in a
     * transaction it rolls back) decides whether expressions spelled differently mean the same.
     *
     * @throws IllegalArgumentException when an asserted rename does not fit {@code from}
     */
    public static DiffResult compare(DatabaseSettings database, SchemaModel from, SchemaModel to, DiffOptions options) {
        try (Connection connection = connect(database)) {
            return SchemaDiff.compare(connection, from, to, options);
        } catch (SQLException e) {
            throw new StrataException("cannot compare the schemas on " + database.describe() + ": "
                    + DatabaseError.describe(e), e);
        }
    }

    /**
     * Runs the script as a migration would: in one transaction when it can, else statement by
     * statement. A failure names the script and the statement.
     */
    static void run(DatabaseSettings database, Script script, String what) {
        String current = "";
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!script.transactional());
            for (String sql : script.statements()) {
                current = sql;
                statement.execute(sql);
            }
            if (script.transactional()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new StrataException(what + " failed at '" + firstLine(current) + "': " + DatabaseError.describe(e), e);
        }
    }

    private static Connection connect(DatabaseSettings database) throws SQLException {
        return DatabaseConnections.jdbc(database, DatabaseSettings.MIGRATION_APPLICATION_NAME).getConnection();
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }
}
