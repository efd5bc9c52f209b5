package dev.strata.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One PostgreSQL connection target, parsed once; {@code dev.strata.database} opens it with either
 * driver: JDBC for migrations and the CLI, R2DBC for the runtime pool. Never prints its password.
 *
 * @param source the variable it came from, quoted in error messages
 * @param host host name or address (IPv6 without brackets)
 * @param port TCP port
 * @param database database name
 * @param user role name, already percent-decoded
 * @param password password, already percent-decoded; null when none is given
 * @param sslMode the SSL mode both drivers use
 * @param sslRootCert path of the CA certificate for {@code verify-ca}/{@code verify-full}, if any
 * @param poolMode whether a transaction-mode pooler sits at this address
 */
public record DatabaseSettings(
        String source,
        String host,
        int port,
        String database,
        String user,
        @Nullable String password,
        SslMode sslMode,
        @Nullable String sslRootCert,
        PoolMode poolMode) {

    /** application_name of the runtime pool's connections. */
    public static final String RUNTIME_APPLICATION_NAME = "strata";

    /** application_name of migration and CLI connections. */
    public static final String MIGRATION_APPLICATION_NAME = "strata-migrate";

    public boolean isTransactionPooler() {
        return poolMode == PoolMode.TRANSACTION;
    }

    public DatabaseSettings withPoolMode(PoolMode mode) {
        return new DatabaseSettings(source, host, port, database, user, password, sslMode, sslRootCert, mode);
    }

    public DatabaseSettings withDatabase(String name) {
        return new DatabaseSettings(source, host, port, name, user, password, sslMode, sslRootCert, poolMode);
    }

    /** {@code host:port/database}, safe to log. */
    public String describe() {
        return hostAndPort() + "/" + database;
    }

    public String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * A JDBC URL without credentials (they travel as properties), so it can be logged. It carries
     * the SSL mode, the application name and, behind a transaction pooler, {@code prepareThreshold=0}.
     */
    public String jdbcUrl(String applicationName) {
        StringJoiner query = new StringJoiner("&", "?", "");
        jdbcParameters(applicationName).forEach((key, value) -> query.add(key + "=" + encode(value)));
        return "jdbc:postgresql://" + hostAndPort() + "/" + encode(database) + query;
    }

    private Map<String, String> jdbcParameters(String applicationName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("sslmode", sslMode.libpqName());
        if (sslRootCert != null) {
            parameters.put("sslrootcert", sslRootCert);
        }
        parameters.put("ApplicationName", applicationName);
        if (isTransactionPooler()) {
            parameters.put("prepareThreshold", "0");
        }
        return parameters;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + user + "@" + describe() + ", sslmode=" + sslMode.libpqName()
                + ", pool=" + poolMode.name().toLowerCase(Locale.ROOT) + ", from " + source + "]";
    }
}
