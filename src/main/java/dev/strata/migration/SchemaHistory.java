package dev.strata.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * Direct writes to Flyway's history table, for what Flyway's free edition does not do: removing
 * a row when its migration is downgraded, and stamping a database as being at a version.
 */
final class SchemaHistory {

    /** Flyway's history table, in the connection's current schema as Flyway itself uses it. */
    static final String TABLE = "flyway_schema_history";

    private SchemaHistory() {
    }

    static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT to_regclass('" + TABLE + "') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Flyway's own table layout (installed_rank key, success index), for a database never migrated. */
    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
        }
    }

    static String createStatement() {
        return """
                CREATE TABLE IF NOT EXISTS %1$s (
                    installed_rank integer NOT NULL CONSTRAINT %1$s_pk PRIMARY KEY,
                    version varchar(50),
                    description varchar(200) NOT NULL,
                    type varchar(20) NOT NULL,
                    script varchar(1000) NOT NULL,
                    checksum integer,
                    installed_by varchar(100) NOT NULL,
                    installed_on timestamp NOT NULL DEFAULT now(),
                    execution_time integer NOT NULL,
                    success boolean NOT NULL
                );
                CREATE INDEX IF NOT EXISTS %1$s_s_idx ON %1$s (success);""".formatted(TABLE);
    }

    static void deleteVersion(Connection connection, String version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE version = ?")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
    }

    static String deleteStatement(String version) {
        return "DELETE FROM " + TABLE + " WHERE version = '" + version.replace("'", "''") + "';";
    }

    /** Deletes every row above {@code version} (or all versioned rows when null) and every failed row. */
    static int deleteAbove(Connection connection, @Nullable MigrationVersion version)
            throws SQLException {
        int deleted = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT installed_rank, version, success FROM " + TABLE
                        + " WHERE version IS NOT NULL")) {
            List<Integer> ranks = new ArrayList<>();
            while (rows.next()) {
                MigrationVersion applied = MigrationVersion.fromVersion(rows.getString(2));
                if (!rows.getBoolean(3) || version == null || applied.isNewerThan(version)) {
                    ranks.add(rows.getInt(1));
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE installed_rank = ?")) {
                for (int rank : ranks) {
                    delete.setInt(1, rank);
                    deleted += delete.executeUpdate();
                }
            }
        }
        return deleted;
    }

    /** Records a migration as applied without running it, as Flyway would have after running it. */
    static void insertApplied(Connection connection, MigrationInfo migration) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + TABLE
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, current_user, 0, true FROM " + TABLE)) {
            statement.setString(1, migration.getVersion().getVersion());
            statement.setString(2, migration.getDescription());
            statement.setString(3, migration.getType().name());
            statement.setString(4, migration.getScript());
            if (migration.getChecksum() == null) {
                statement.setNull(5, Types.INTEGER);
            } else {
                statement.setInt(5, migration.getChecksum());
            }
            statement.executeUpdate();
        }
    }

    /** The insert Flyway makes for a migration, as SQL text for {@code upgrade --sql}. */
    static String insertStatement(MigrationInfo migration) {
        return "INSERT INTO " + TABLE + " (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) SELECT coalesce(max(installed_rank), 0) + 1, " + literal(migration.getVersion().getVersion())
                + ", " + literal(migration.getDescription()) + ", " + literal(migration.getType().name()) + ", "
                + literal(migration.getScript()) + ", " + migration.getChecksum() + ", current_user, 0, true FROM " + TABLE + ";";
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
