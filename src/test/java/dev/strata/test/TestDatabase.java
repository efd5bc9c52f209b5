package dev.strata.test;

import dev.strata.settings.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A database made for one test class, dropped after it.
 *
 * @param settings connection settings of the database
 */
public record TestDatabase(DatabaseSettings settings) {

    public String name() {
        return settings.database();
    }

    /** A {@code postgresql://} URL with the credentials, for DATABASE_URL. */
    public String url() {
        return url(settings);
    }

    static String url(DatabaseSettings settings) {
        String password = settings.password() == null ? "" : ":" + encode(settings.password());
        return "postgresql://" + encode(settings.user()) + password + "@" + settings.hostAndPort() + "/"
                + settings.database() + "?sslmode=disable";
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public Connection connect() throws SQLException {
        return connect(settings, "strata-test");
    }

    static Connection connect(DatabaseSettings settings, String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", settings.user());
        if (settings.password() != null) {
            properties.setProperty("password", settings.password());
        }
        return DriverManager.getConnection(settings.jdbcUrl(applicationName), properties);
    }

    /** Runs a statement, for setup. */
    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row of a query, as strings. */
    public List<String> column(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The applied versions in the order they were applied. */
    public List<String> appliedVersions() {
        return column("SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
    }

    /** The tables of {@code public}, Flyway's history aside, by name. */
    public List<String> tables() {
        return column("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename <> 'flyway_schema_history' ORDER BY 1");
    }
}
