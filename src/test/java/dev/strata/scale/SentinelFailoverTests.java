package dev.strata.scale;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.test.AuthApi;
import dev.strata.test.RedisServers;
import dev.strata.test.RedisServers.Server;
import dev.strata.test.TestEnvironment;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.ObjectMapper;

/**
 * Redis behind Sentinel (one master, one replica, three sentinels, all real processes):
 * {@code SENTINEL FAILOVER} under load. No 500, 503s only while the master changes, and with
 * {@code STRATA_REDIS_WAIT_REPLICAS=1} every session created before the failover still valid after it.
 */
@ExtendWith(TestEnvironment.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SentinelFailoverTests {

    private static final String MASTER = "strata";

    private static RedisServers redis;
    private static Server master;
    private static Server replica;
    private static final List<Server> SENTINELS = new ArrayList<>();

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper json;

    @BeforeAll
    static void startRedis() throws Exception {
        assumeTrue(RedisServers.available(), "redis-server is not installed");
        redis = new RedisServers(Files.createTempDirectory("strata-sentinel"));
        master = redis.node();
        replica = redis.node("--replicaof", "127.0.0.1", String.valueOf(master.port()));
        RedisServers.await("the replica in sync", () -> replica.info("replication", "master_link_status").equals("up"));
        for (int i = 0; i < 3; i++) {
            SENTINELS.add(redis.sentinel(MASTER, master));
        }
        for (Server sentinel : SENTINELS) {
            RedisServers.await("sentinel " + sentinel.port() + " sees the replica and the other sentinels", () ->
                    sentinel.sentinel().replicas(MASTER).size() == 1
                            && "2".equals(sentinel.sentinel().master(MASTER).get("num-other-sentinels")));
        }
    }

    @AfterAll
    static void stopRedis() {
        if (redis != null) {
            redis.close();
        }
    }

    @DynamicPropertySource
    static void sentinelRedis(DynamicPropertyRegistry registry) {
        TestEnvironment.current().variables().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("REDIS_URL", () -> "");
        registry.add("REDIS_SENTINEL_NODES", () -> String.join(",", SENTINELS.stream().map(Server::address).toList()));
        registry.add("REDIS_SENTINEL_MASTER", () -> MASTER);
        registry.add("STRATA_REDIS_WAIT_REPLICAS", () -> "1");
        registry.add("STRATA_REDIS_TIMEOUT_MS", () -> "3000");
        registry.add("STRATA_RATE_LIMIT_IP", () -> "1000000");
        registry.add("STRATA_RATE_LIMIT_ACCOUNT", () -> "1000000");
    }

    @Test
    void failoverUnderLoadKeepsTheSessions() throws Exception {
        Failover.underLoad("SENTINEL FAILOVER (WAIT 1)", new AuthApi("http://localhost:" + port, json), () -> {
            SENTINELS.getFirst().sentinel().failover(MASTER);
            RedisServers.await("the sentinels name the replica as master", () -> SENTINELS.stream().allMatch(sentinel ->
                    ((InetSocketAddress) sentinel.sentinel().getMasterAddrByName(MASTER)).getPort() == replica.port()));
            RedisServers.await("the old master follows the new one", () ->
                    master.info("replication", "master_link_status").equals("up"));
        });
    }
}
