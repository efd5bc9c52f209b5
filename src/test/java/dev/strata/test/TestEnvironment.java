package dev.strata.test;

import dev.strata.settings.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a fresh PostgreSQL database (random name, dropped afterwards, also when
 * connections are still open) and a random Redis key prefix, on the servers {@link TestServers}
 * chose. Inject {@link TestDatabase} or {@link TestRedis} as parameters, or read
 * {@link #current()} from a {@code @DynamicPropertySource}.
 */
public final class TestEnvironment implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** What one test class gets. */
    public record Resources(TestDatabase database, TestRedis redis, String jwtSecret) {

        /** The variables a service instance needs to run on these resources. */
        public Map<String, String> variables() {
            return Map.of(
                    "DATABASE_URL", database.url(),
                    "REDIS_URL", redis.url(),
                    "STRATA_REDIS_KEY_PREFIX", redis.keyPrefix(),
                    "JWT_SECRET", jwtSecret,
                    "STRATA_MIGRATE_ON_STARTUP", "true");
        }
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestEnvironment.class);
    private static volatile @Nullable Resources current;

    /** The resources of the test class running now. */
    public static Resources current() {
        Resources resources = current;
        if (resources == null) {
            throw new IllegalStateException("no test class with @ExtendWith(TestEnvironment.class) is running");
        }
        return resources;
    }

    /** A new database on the test server, for tests that need more than their class's one. */
    public static TestDatabase createDatabase() {
        DatabaseSettings admin = TestServers.postgres();
        String name = "strata_test_" + randomHex(8);
        admin(admin, "CREATE DATABASE " + name);
        return new TestDatabase(admin.withDatabase(name));
    }

    /**
     * A {@code postgresql://} URL of the test server's {@code postgres} database, for settings
     * such as {@code SHADOW_DATABASE_URL} that want a server where databases can be created.
     */
    public static String serverUrl() {
        return TestDatabase.url(TestServers.postgres());
    }

    public static void dropDatabase(TestDatabase database) {
        admin(TestServers.postgres(), "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Resources resources = new Resources(createDatabase(), new TestRedis(TestServers.redis(), "test:" + randomHex(8) + ":"),
                "test-secret-" + randomHex(24));
        context.getStore(NAMESPACE).put(Resources.class, resources);
        current = resources;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).remove(Resources.class, Resources.class);
        current = null;
        if (resources != null) {
            dropDatabase(resources.database());
            resources.redis().deleteKeys();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == TestRedis.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resources resources = context.getStore(NAMESPACE).get(Resources.class, Resources.class);
        if (resources == null) {
            resources = current();
        }
        return parameter.getParameter().getType() == TestDatabase.class ? resources.database() : resources.redis();
    }

    static void admin(DatabaseSettings admin, String sql) {
        try (Connection connection = TestDatabase.connect(admin, "strata-test-admin");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + admin.describe() + ": " + e.getMessage(), e);
        }
    }

    static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
