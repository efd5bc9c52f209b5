package dev.strata.web;

import dev.strata.settings.DatabaseSettings;
import dev.strata.test.TcpProxy;
import dev.strata.test.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL cut (connections dropped, new ones refused) and hung (connections held, nothing
 * answers) through a proxy, under load: 503 naming the database in time, and recovery without a restart.
 */
class DatabaseOutageTests extends OutageTest {

    private static TcpProxy proxy;

    @DynamicPropertySource
    static void proxiedDatabase(DynamicPropertyRegistry registry) throws Exception {
        variables(registry);
        TestEnvironment.Resources resources = TestEnvironment.current();
        DatabaseSettings database = resources.database().settings();
        proxy = new TcpProxy(database.host(), database.port());
        String proxied = resources.database().url().replace(database.hostAndPort(), "127.0.0.1:" + proxy.port());
        registry.add("DATABASE_URL", () -> proxied);
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @Test
    void databaseCutUnderLoad() throws Exception {
        outage("database cut", "database", DATABASE_DEADLINE, () -> proxy.mode(TcpProxy.Mode.DOWN),
                () -> proxy.mode(TcpProxy.Mode.PASS));
    }

    @Test
    void databaseHungUnderLoad() throws Exception {
        outage("database hung", "database", DATABASE_DEADLINE, () -> proxy.mode(TcpProxy.Mode.HANG),
                () -> proxy.mode(TcpProxy.Mode.PASS));
    }
}
