package dev.strata.settings;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses every URL form users bring for PostgreSQL: {@code postgresql://}, {@code postgres://},
 * SQLAlchemy's {@code postgresql+asyncpg://} (any {@code +driver}), {@code jdbc:postgresql://} and
 * {@code r2dbc:postgresql://} (also {@code r2dbc:pool:postgresql://}). Errors name the variable
 * and the problem, never the password.
 */
public final class DatabaseUrl {

    static final String EXPECTED = "expected postgresql://user:password@host:5432/database";

    private DatabaseUrl() {
    }

    /** True for the SQLite URLs the seeds used in development ({@code sqlite:///./app.db}, {@code sqlite+aiosqlite://}). */
    public static boolean isSqlite(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("sqlite:") || lower.startsWith("sqlite+");
    }

    public static DatabaseSettings parse(String variable, String url) {
        String trimmed = url.trim();
        String scheme = scheme(variable, trimmed);
        String rest = trimmed.substring(trimmed.indexOf("://") + 3);
        // The credentials end at the last '@', so an unencoded '/', '?' or '@' in a password is
        // still read as part of the password and never mistaken for a host, port or database.
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? null : rest.substring(0, at);
        String afterUser = at < 0 ? rest : rest.substring(at + 1);
        int queryStart = afterUser.indexOf('?');
        String query = queryStart < 0 ? "" : afterUser.substring(queryStart + 1);
        String beforeQuery = queryStart < 0 ? afterUser : afterUser.substring(0, queryStart);
        int slash = beforeQuery.indexOf('/');
        String hostPort = slash < 0 ? beforeQuery : beforeQuery.substring(0, slash);
        String path = slash < 0 ? "" : decode(variable, "database name", beforeQuery.substring(slash + 1));
        Map<String, String> parameters = parameters(variable, query);

        String user = parameters.getOrDefault("user", "postgres");
        String password = parameters.get("password");
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = decode(variable, "user", colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? password : decode(variable, "password", userInfo.substring(colon + 1));
        }
        if (user.isEmpty()) {
            throw new StrataException(variable + ": empty user name (" + EXPECTED + ")");
        }
        HostPort address = hostPort(variable, hostPort);
        return new DatabaseSettings(
                variable,
                address.host(),
                address.port(),
                path.isEmpty() ? "postgres" : path,
                user,
                password,
                sslMode(variable, scheme, parameters),
                parameters.get("sslrootcert"),
                poolMode(address.port(), parameters));
    }

    private static String scheme(String variable, String url) {
        int separator = url.indexOf("://");
        if (separator < 0) {
            throw new StrataException(variable + ": not a URL (" + EXPECTED + ")");
        }
        String scheme = url.substring(0, separator).toLowerCase(Locale.ROOT);
        boolean postgres = switch (scheme) {
            case "postgresql", "postgres", "jdbc:postgresql", "r2dbc:postgresql", "r2dbc:pool:postgresql",
                    "r2dbcs:postgresql" -> true;
            default -> scheme.startsWith("postgresql+") || scheme.startsWith("postgres+");
        };
        if (!postgres) {
            throw new StrataException(variable + ": unsupported scheme '" + scheme
                    + "' (expected postgresql://, postgres://, postgresql+asyncpg://, jdbc:postgresql:// or r2dbc:postgresql://)");
        }
        return scheme;
    }

    private record HostPort(String host, int port) {
    }

    private static HostPort hostPort(String variable, String hostPort) {
        if (hostPort.contains(",")) {
            throw new StrataException(variable + ": several hosts are not supported; give one host");
        }
        String host;
        String port = null;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new StrataException(variable + ": unclosed '[' in the host");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                throw new StrataException(variable + ": unexpected '" + after + "' after the host");
            }
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new StrataException(variable + ": no host (" + EXPECTED + ")");
        }
        return new HostPort(host, port == null ? 5432 : port(variable, port));
    }

    static int port(String variable, String port) {
        if (port.matches("\\d{1,5}")) {
            int value = Integer.parseInt(port);
            if (value >= 1 && value <= 65535) {
                return value;
            }
        }
        throw new StrataException(variable + ": port '" + port + "' is not a number from 1 to 65535");
    }

    private static Map<String, String> parameters(String variable, String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(key.toLowerCase(Locale.ROOT), decode(variable, "parameter " + key, value));
        }
        return parameters;
    }

    private static SslMode sslMode(String variable, String scheme, Map<String, String> parameters) {
        String sslmode = parameters.get("sslmode");
        String ssl = parameters.get("ssl");
        SslMode mode;
        if (sslmode != null) {
            mode = SslMode.parse(variable, "sslmode", sslmode);
        } else if (ssl != null && scheme.startsWith("jdbc:") && ssl.equalsIgnoreCase("true")) {
            mode = SslMode.VERIFY_FULL; // pgjdbc's meaning of ssl=true
        } else {
            mode = ssl == null ? SslMode.PREFER : SslMode.parse(variable, "ssl", ssl);
        }
        // r2dbcs: means TLS is required; a stricter mode given with it is kept.
        if (scheme.startsWith("r2dbcs:") && mode.compareTo(SslMode.REQUIRE) < 0) {
            return SslMode.REQUIRE;
        }
        return mode;
    }

    private static PoolMode poolMode(int port, Map<String, String> parameters) {
        boolean pgbouncer = "true".equalsIgnoreCase(parameters.get("pgbouncer"));
        return pgbouncer || port == PoolMode.SUPABASE_TRANSACTION_PORT ? PoolMode.TRANSACTION : PoolMode.SESSION;
    }

    private static String decode(String variable, String what, @Nullable String raw) {
        if (raw == null) {
            return "";
        }
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new StrataException(variable + ": bad percent-encoding in the " + what);
        }
    }
}
